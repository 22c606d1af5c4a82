# Loads settings from a companion file that is dot-sourced, falling back to defaults.
# The companion (settings.ps1) just assigns variables, e.g.  $SmtpServer = 'relay.contoso.com'
$SmtpServer = 'localhost'
$ReportRecipients = @('admin@contoso.com')
$ThresholdMessages = 250

$settingsFile = Join-Path -Path $PSScriptRoot -ChildPath 'settings.ps1'
if (Test-Path -Path $settingsFile) {
    . $settingsFile
    Write-Verbose "Loaded settings from $settingsFile"
}

$check = {
    param($Limit)
    Get-Queue | Where-Object { $_.MessageCount -gt $Limit }
}

$busy = & $check $ThresholdMessages
if ($busy) {
    $body = $busy | Format-Table Identity, MessageCount, Status -AutoSize | Out-String -Width 200
    Send-MailMessage -SmtpServer $SmtpServer -To $ReportRecipients -From "queues@$env:USERDNSDOMAIN" `
        -Subject "Queues above $ThresholdMessages on $env:COMPUTERNAME" -Body $body
}
