class ConfigCache {
    static hidden [hashtable] $Store = @{}
    static [timespan] $Lifetime = [timespan]::FromMinutes(5)

    static [object] Get([string] $key) {
        if (-not [ConfigCache]::Store.ContainsKey($key)) {
            return $null
        }
        $entry = [ConfigCache]::Store[$key]
        if (([datetime]::UtcNow - $entry.Stamp) -gt [ConfigCache]::Lifetime) {
            [ConfigCache]::Store.Remove($key)
            return $null
        }
        return $entry.Value
    }

    static [void] Set([string] $key, [object] $value) {
        [ConfigCache]::Store[$key] = @{ Value = $value; Stamp = [datetime]::UtcNow }
    }

    static [int] Purge() {
        $expired = @([ConfigCache]::Store.Keys | Where-Object {
            ([datetime]::UtcNow - [ConfigCache]::Store[$_].Stamp) -gt [ConfigCache]::Lifetime
        })
        foreach ($k in $expired) { [ConfigCache]::Store.Remove($k) }
        return $expired.Count
    }
}

[ConfigCache]::Set('DomainController', 'dc01.contoso.local')
[ConfigCache]::Set('Retries', 3)
$dc = [ConfigCache]::Get('DomainController')
if ($null -eq $dc) {
    throw 'Cache miss for DomainController'
}
Write-Output "Using $dc with $([ConfigCache]::Get('Retries')) retries"
[ConfigCache]::Lifetime = New-TimeSpan -Seconds 0
Start-Sleep -Milliseconds 10
"Purged $([ConfigCache]::Purge()) entries"
