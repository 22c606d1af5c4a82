param([string] $OutFile = "$env:TEMP\queues.xlsx")

$rows = @(
    [pscustomobject]@{ Server = 'ex01'; Queue = 'contoso.com'; Count = 12 }
    [pscustomobject]@{ Server = 'ex02'; Queue = 'fabrikam.com'; Count = 480 }
)

$excel = New-Object -ComObject Excel.Application
$excel.Visible = $false
$excel.DisplayAlerts = $false
try {
    $book = $excel.Workbooks.Add()
    $sheet = $book.Worksheets.Item(1)
    $sheet.Name = 'Queues'

    $headers = 'Server', 'Queue', 'Count'
    for ($c = 0; $c -lt $headers.Count; $c++) {
        $sheet.Cells.Item(1, $c + 1) = $headers[$c]
        $sheet.Cells.Item(1, $c + 1).Font.Bold = $true
    }

    $r = 2
    foreach ($row in $rows) {
        $sheet.Cells.Item($r, 1) = $row.Server
        $sheet.Cells.Item($r, 2) = $row.Queue
        $sheet.Cells.Item($r, 3) = $row.Count
        if ($row.Count -gt 100) {
            $sheet.Range("A${r}:C${r}").Interior.ColorIndex = 3
        }
        $r++
    }
    [void] $sheet.UsedRange.EntireColumn.AutoFit()
    $book.SaveAs($OutFile, 51)
    $book.Close($false)
}
finally {
    $excel.Quit()
    [void][System.Runtime.InteropServices.Marshal]::ReleaseComObject($excel)
    [GC]::Collect()
    [GC]::WaitForPendingFinalizers()
}

$shell = New-Object -ComObject WScript.Shell
$link = $shell.CreateShortcut("$env:USERPROFILE\Desktop\Queues.lnk")
$link.TargetPath = $OutFile
$link.Save()
$fso = New-Object -ComObject Scripting.FileSystemObject
$fso.GetFile($OutFile).Size
