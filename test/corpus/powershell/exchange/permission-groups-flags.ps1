# Receive connector permission groups as a [Flags] enum, to compare what is set with what a
# connector of a given usage should have.
[Flags()]
enum PermissionGroup {
    None = 0
    AnonymousUsers = 1
    ExchangeUsers = 2
    ExchangeServers = 4
    ExchangeLegacyServers = 8
    Partners = 16
    Custom = 32
}

function ConvertTo-PermissionGroup {
    param([string]$Text)
    $value = [PermissionGroup]::None
    foreach ($part in $Text -split '\s*,\s*') {
        if ($part) { $value = $value -bor [PermissionGroup]$part }
    }
    return $value
}

$risky = [PermissionGroup]::AnonymousUsers

foreach ($rc in Get-ReceiveConnector) {
    $groups = ConvertTo-PermissionGroup "$($rc.PermissionGroups)"
    $anonymous = ($groups -band $risky) -eq $risky
    $isInternetFacing = $rc.Bindings -match ':25$'

    if ($anonymous -and -not $isInternetFacing) {
        Write-Host ("{0}: anonymous on a non-port-25 binding ({1})" -f $rc.Identity, $groups) -ForegroundColor Yellow
    }
    elseif ($groups.HasFlag([PermissionGroup]::ExchangeServers) -and $groups.HasFlag([PermissionGroup]::AnonymousUsers)) {
        Write-Host ("{0}: mixes ExchangeServers and AnonymousUsers" -f $rc.Identity) -ForegroundColor DarkYellow
    }
    else {
        Write-Host ("{0}: {1}" -f $rc.Identity, [int]$groups)
    }
}
