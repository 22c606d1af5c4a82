<#
    Compares a custom throttling policy with the global default, listing only the settings that
    differ. Property names are read dynamically so the script works across Exchange versions.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$Policy
)

$default = Get-ThrottlingPolicy | Where-Object { $_.ThrottlingPolicyScope -eq 'Global' } | Select-Object -First 1
$custom = Get-ThrottlingPolicy -Identity $Policy

$skip = 'Identity', 'Name', 'DistinguishedName', 'Guid', 'WhenChanged', 'WhenCreated', 'WhenChangedUTC',
    'WhenCreatedUTC', 'ObjectState', 'IsValid', 'OriginatingServer', 'ObjectCategory', 'ObjectClass',
    'ThrottlingPolicyScope', 'IsDefault', 'Id', 'ExchangeVersion', 'OrganizationId'

$names = $custom.PSObject.Properties.Name | Where-Object { $skip -notcontains $_ } | Sort-Object

foreach ($name in $names) {
    $a = "$($default.$name)"
    $b = "$($custom.$name)"
    if ($a -ne $b) {
        [pscustomobject]@{ Setting = $name; Global = $a; $Policy = $b }
    }
}
