Add-Type -AssemblyName System.Windows.Forms
Add-Type -AssemblyName System.Drawing
[System.Windows.Forms.Application]::EnableVisualStyles()

$form = New-Object System.Windows.Forms.Form -Property @{
    Text            = 'New relay address'
    Size            = New-Object System.Drawing.Size(360, 170)
    StartPosition   = 'CenterScreen'
    FormBorderStyle = [System.Windows.Forms.FormBorderStyle]::FixedDialog
    MaximizeBox     = $false
    Topmost         = $true
}

$label = New-Object System.Windows.Forms.Label
$label.Location = New-Object System.Drawing.Point(10, 15)
$label.Size = [System.Drawing.Size]::new(320, 20)
$label.Text = 'IP address or range to allow:'
$form.Controls.Add($label)

$box = New-Object System.Windows.Forms.TextBox
$box.Location = '10,40'
$box.Width = 320
$form.Controls.Add($box)

$ok = New-Object System.Windows.Forms.Button
$ok.Text = 'OK'
$ok.Location = New-Object System.Drawing.Point(170, 80)
$ok.DialogResult = [System.Windows.Forms.DialogResult]::OK
$form.AcceptButton = $ok
$form.Controls.Add($ok)

$cancel = New-Object System.Windows.Forms.Button
$cancel.Text = 'Cancel'
$cancel.Location = New-Object System.Drawing.Point(255, 80)
$cancel.DialogResult = 'Cancel'
$form.CancelButton = $cancel
$form.Controls.Add($cancel)

$box.Add_TextChanged({
        $ok.Enabled = $box.Text -match '^\d{1,3}(\.\d{1,3}){3}(/\d{1,2})?$'
    })
$ok.Enabled = $false
$form.Add_Shown({ $box.Select() })

$answer = $form.ShowDialog()
if ($answer -eq [System.Windows.Forms.DialogResult]::OK) {
    "You entered $($box.Text)"
}
$form.Dispose()
