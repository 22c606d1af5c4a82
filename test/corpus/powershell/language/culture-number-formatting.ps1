$value = 1234567.891
$cultures = 'en-US', 'de-DE', 'fr-FR', 'ja-JP', 'sv-SE'

foreach ($name in $cultures) {
    $c = [System.Globalization.CultureInfo]::GetCultureInfo($name)
    '{0,-6} {1,16} {2,18} {3}' -f $name, $value.ToString('N2', $c), $value.ToString('C', $c), (Get-Date '2024-03-01').ToString('d', $c)
}

[string]::Format([cultureinfo]'de-DE', '{0:N1} MB frei', 2048.25)
[double]::Parse('1.234,5', [cultureinfo]'de-DE')
[decimal]::Parse('1,234.50', [System.Globalization.NumberStyles]::Currency -bor [System.Globalization.NumberStyles]::AllowThousands, [cultureinfo]::InvariantCulture)
(0.25).ToString('P0')
(42).ToString('D6')
(255).ToString('X4')
(1.5).ToString('0.000')
(-12.3).ToString('+0.0;-0.0;zero')
(0).ToString('+0.0;-0.0;zero')
(1e9).ToString('#,##0')
(1KB * 1.5).ToString('F0')
"{0:#,0.##}" -f 9876.5
"{0,8:F2}|{1,-8:F2}|" -f 3.14159, 2.71828
'{0:hh\:mm\:ss}' -f [timespan]::FromSeconds(3725)
'{0:dd\.hh\:mm}' -f (New-TimeSpan -Days 2 -Hours 3 -Minutes 4)
$current = [System.Threading.Thread]::CurrentThread.CurrentCulture
try {
    [System.Threading.Thread]::CurrentThread.CurrentCulture = 'de-DE'
    "in German: $((Get-Date '2024-03-01').ToString('D'))"
}
finally {
    [System.Threading.Thread]::CurrentThread.CurrentCulture = $current
}
Get-Culture | Select-Object Name, DisplayName
Get-UICulture | Select-Object -ExpandProperty Name
