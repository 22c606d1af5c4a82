# Odds and ends an Exchange admin uses daily, written with .NET static calls and type accelerators.
$fqdn = [System.Net.Dns]::GetHostEntry([Environment]::MachineName).HostName
$ip = [ipaddress]'10.20.30.40'
$guid = [guid]::NewGuid()
$when = [datetime]::ParseExact('2024-03-15 08:30', 'yyyy-MM-dd HH:mm', [Globalization.CultureInfo]::InvariantCulture)
$span = [timespan]::FromMinutes(90)
$encoded = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('user@contoso.com'))
$decoded = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($encoded))
$uri = [uri]'https://mail.contoso.com/owa/auth/logon.aspx?replaceCurrent=1'
$mail = [mailaddress]'"Help Desk" <helpdesk@contoso.com>'

"Computer FQDN : $fqdn"
"IP family     : $($ip.AddressFamily)"
"New GUID      : $guid"
"Parsed date   : {0:o}" -f $when
"90 minutes    : $($span.ToString('hh\:mm'))"
"Base64        : $encoded -> $decoded"
"Host / path   : $($uri.Host) / $($uri.AbsolutePath)"
"Mail address  : $($mail.DisplayName) at $($mail.Host)"
"Is 64-bit     : $([Environment]::Is64BitProcess)"
"Temp folder   : $([IO.Path]::GetTempPath())"
"Max int       : $([int]::MaxValue)"
"Regex escape  : $([regex]::Escape('*.contoso.com'))"
