#requires -Modules WebAdministration
# Exchange IIS application pools that are not started, on the local server, with an option to start them.
param(
    [switch]$Start
)

Import-Module WebAdministration

$pools = Get-ChildItem -Path IIS:\AppPools | Where-Object { $_.Name -like 'MSExchange*' }

foreach ($pool in $pools) {
    $state = (Get-WebAppPoolState -Name $pool.Name).Value
    if ($state -eq 'Started') {
        Write-Host ("{0,-40} {1}" -f $pool.Name, $state) -ForegroundColor Green
        continue
    }

    Write-Host ("{0,-40} {1}" -f $pool.Name, $state) -ForegroundColor Red
    if ($Start) {
        Start-WebAppPool -Name $pool.Name
        Start-Sleep -Seconds 2
        Write-Host ("    now {0}" -f (Get-WebAppPoolState -Name $pool.Name).Value)
    }
}

& "$env:windir\System32\inetsrv\appcmd.exe" list apppool /state:Stopped
