# Checks that the antivirus exclusions Exchange needs are present in Microsoft Defender on each server.
$servers = (Get-ExchangeServer | Where-Object { $_.AdminDisplayVersion.Major -ge 15 }).Fqdn

$report = Invoke-Command -ComputerName $servers -ErrorAction Continue -ScriptBlock {
    $install = $env:ExchangeInstallPath
    $needed = @(
        (Join-Path $install 'TransportRoles\Data\Queue')
        (Join-Path $install 'TransportRoles\Logs')
        (Join-Path $install 'Mailbox')
        (Join-Path $install 'Logging')
        (Join-Path $install 'Working\OleConverter')
        "$env:SystemRoot\Microsoft.NET\Framework64\v4.0.30319\Temporary ASP.NET Files"
    )
    $prefs = Get-MpPreference
    foreach ($path in $needed) {
        $covered = $prefs.ExclusionPath | Where-Object { $path.StartsWith($_.TrimEnd('\'), [StringComparison]::OrdinalIgnoreCase) }
        [pscustomobject]@{ Path = $path; Excluded = [bool]$covered }
    }
    foreach ($proc in 'EdgeTransport.exe', 'MSExchangeFrontendTransport.exe', 'w3wp.exe', 'noderunner.exe') {
        [pscustomobject]@{ Path = "process $proc"; Excluded = $prefs.ExclusionProcess -contains $proc }
    }
}

$report | Where-Object { -not $_.Excluded } | Sort-Object PSComputerName | Format-Table PSComputerName, Path -AutoSize
"{0} of {1} checks are missing an exclusion" -f @($report | Where-Object { -not $_.Excluded }).Count, @($report).Count
