# String handling for a fixed-width text report that goes into a ticket system.
$bullet = [char]0x2022
$rule = [string]::new([char]'=', 72)
$tab = [char]9

$rows = Get-SendConnector | ForEach-Object {
    $name = $_.Name
    if ($name.Length -gt 24) { $name = $name.Substring(0, 21) + '...' }
    $spaces = [string]::Join(',', @($_.AddressSpaces | ForEach-Object { $_.Address }))
    '{0} {1,-24} {2,-30} {3,8:N0} KB' -f $bullet, $name, $spaces, ($_.MaxMessageSize.Value.ToKB())
}

$title = 'SEND CONNECTORS'
$padded = $title.PadLeft([int](36 + $title.Length / 2)).PadRight(72)

$rule
$padded
$rule
$rows
$rule
"Generated$tab$(Get-Date -Format 'u')"
'Contains IP smart host: {0}' -f (((Get-SendConnector).SmartHosts -join ' ').IndexOfAny([char[]]'[]') -ge 0)
