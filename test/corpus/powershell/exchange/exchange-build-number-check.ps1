<#
    Maps each server's AdminDisplayVersion to a friendly CU name using a small table, and
    warns about servers on a build older than the newest one in the table.
#>

class ExchangeBuild {
    [string]$Name
    [version]$Version

    ExchangeBuild([string]$name, [string]$version) {
        $this.Name = $name
        $this.Version = [version]$version
    }

    [string] ToString() {
        return "{0} ({1})" -f $this.Name, $this.Version
    }
}

$knownBuilds = @(
    [ExchangeBuild]::new('Exchange 2016 CU23', '15.1.2507.6')
    [ExchangeBuild]::new('Exchange 2019 CU12', '15.2.1118.7')
    [ExchangeBuild]::new('Exchange 2019 CU13', '15.2.1258.12')
    [ExchangeBuild]::new('Exchange 2019 CU14', '15.2.1544.4')
)

function ConvertFrom-AdminDisplayVersion {
    param([string]$Text)
    # "Version 15.2 (Build 1544.4)" -> 15.2.1544.4
    if ($Text -match 'Version (\d+)\.(\d+) \(Build (\d+)\.(\d+)\)') {
        return [version]('{0}.{1}.{2}.{3}' -f $Matches[1], $Matches[2], $Matches[3], $Matches[4])
    }
    return $null
}

foreach ($server in Get-ExchangeServer | Sort-Object Name) {
    $build = ConvertFrom-AdminDisplayVersion $server.AdminDisplayVersion.ToString()
    if (-not $build) {
        Write-Host "$($server.Name): cannot read version '$($server.AdminDisplayVersion)'" -ForegroundColor Red
        continue
    }

    $sameMajor = $knownBuilds | Where-Object { $_.Version.Minor -eq $build.Minor } | Sort-Object Version
    $match = $sameMajor | Where-Object { $_.Version.Build -eq $build.Build } | Select-Object -First 1
    $latest = $sameMajor | Select-Object -Last 1

    $label = if ($match) { $match.Name } else { "unknown build $build" }
    if ($latest -and $build -lt $latest.Version) {
        Write-Host "$($server.Name): $label - newer available: $latest" -ForegroundColor Yellow
    }
    else {
        Write-Host "$($server.Name): $label" -ForegroundColor Green
    }
}
