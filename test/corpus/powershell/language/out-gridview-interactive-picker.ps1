[CmdletBinding()]
param([switch] $NonInteractive)

$candidates = Get-Process | Where-Object { $_.MainWindowTitle } |
    Select-Object Id, Name, MainWindowTitle, @{ n = 'MemMB'; e = { [int]($_.WorkingSet64 / 1MB) } }

if ($NonInteractive -or -not [Environment]::UserInteractive) {
    $chosen = $candidates | Sort-Object MemMB -Descending | Select-Object -First 1
}
else {
    $chosen = $candidates | Out-GridView -Title 'Pick processes to stop' -OutputMode Multiple
}

foreach ($c in $chosen) {
    Stop-Process -Id $c.Id -WhatIf
}

$choice = $host.UI.PromptForChoice('Restart transport', 'Restart the transport service now?',
    [System.Management.Automation.Host.ChoiceDescription[]]@('&Yes', '&No'), 1)
if ($choice -eq 0) {
    Restart-Service -Name MSExchangeTransport -WhatIf
}
$answer = Read-Host -Prompt 'Type the server name to confirm'
if ($answer -ne $env:COMPUTERNAME) { Write-Warning 'Names did not match; nothing done.' }
$secret = Read-Host -Prompt 'Password' -AsSecureString
"secure string of length $($secret.Length)"
if ($Host.UI.RawUI -and $Host.Name -eq 'ConsoleHost') {
    Write-Host 'Press any key...'
    [void] [System.Console]::ReadKey($true)
}
