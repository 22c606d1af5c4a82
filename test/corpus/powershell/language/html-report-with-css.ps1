[CmdletBinding()]
param([string] $OutFile = "$env:TEMP\server-report.html")

$css = @'
<style>
  body  { font-family: Segoe UI, Arial, sans-serif; font-size: 10pt; }
  table { border-collapse: collapse; margin-bottom: 16px; }
  th    { background: #2b579a; color: #fff; padding: 4px 8px; }
  td    { border: 1px solid #ccc; padding: 4px 8px; }
  .bad  { background: #f8d7da; }
</style>
'@

$disks = Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=3' | Select-Object DeviceID,
    @{ n = 'SizeGB'; e = { [math]::Round($_.Size / 1GB, 1) } },
    @{ n = 'FreeGB'; e = { [math]::Round($_.FreeSpace / 1GB, 1) } },
    @{ n = 'FreePct'; e = { [math]::Round($_.FreeSpace / $_.Size * 100) } }

$services = Get-Service -Name 'MSExchange*', 'W3SVC', 'WinRM' -ErrorAction SilentlyContinue |
    Select-Object Name, DisplayName, Status

$fragments = @(
    $disks | ConvertTo-Html -Fragment -PreContent '<h2>Disks</h2>'
    $services | ConvertTo-Html -Fragment -PreContent '<h2>Services</h2>' -As Table
    (Get-CimInstance Win32_OperatingSystem | Select-Object Caption, Version, LastBootUpTime |
        ConvertTo-Html -Fragment -As List -PreContent '<h2>System</h2>')
)

$body = ($fragments | Out-String) -replace '<td>Stopped</td>', '<td class="bad">Stopped</td>'
$html = ConvertTo-Html -Head $css -Title "Report for $env:COMPUTERNAME" -Body $body `
    -PostContent "<p>Generated $(Get-Date -Format 'f') by $env:USERNAME</p>"
$html | Out-File -FilePath $OutFile -Encoding utf8
"Wrote $OutFile ($([math]::Round((Get-Item $OutFile).Length / 1KB, 1)) KB)"
if ($Host.Name -eq 'ConsoleHost') { Invoke-Item -Path $OutFile -WhatIf }
