# A composite resource: the configuration below is saved as a .schema.psm1 in a module's DSCResources folder.
Configuration SecureProtocols {
    param(
        [ValidateSet('Enabled', 'Disabled')]
        [string] $Tls10 = 'Disabled',

        [ValidateSet('Enabled', 'Disabled')]
        [string] $Tls11 = 'Disabled'
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration

    $protocols = [ordered]@{
        'TLS 1.0' = $Tls10
        'TLS 1.1' = $Tls11
        'TLS 1.2' = 'Enabled'
    }

    foreach ($protocol in $protocols.GetEnumerator()) {
        $enabled = if ($protocol.Value -eq 'Enabled') { 1 } else { 0 }
        foreach ($side in 'Server', 'Client') {
            $id = ($protocol.Key -replace '[ .]', '') + $side
            Registry "${id}Enabled" {
                Key       = "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\$($protocol.Key)\$side"
                ValueName = 'Enabled'
                ValueData = "$enabled"
                ValueType = 'Dword'
                Ensure    = 'Present'
            }
            Registry "${id}DisabledByDefault" {
                Key       = "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\$($protocol.Key)\$side"
                ValueName = 'DisabledByDefault'
                ValueData = "$(1 - $enabled)"
                ValueType = 'Dword'
                Ensure    = 'Present'
            }
        }
    }
}
