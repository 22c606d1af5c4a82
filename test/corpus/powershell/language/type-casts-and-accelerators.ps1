[datetime] $when = '2024-03-01 08:30'
[timespan] $span = '01:30:00'
[guid] $id = '6f9619ff-8b86-d011-b42d-00c04fc964ff'
[version] $ver = '15.2.1118.7'
[ipaddress] $ip = '10.0.0.5'
[mailaddress] $addr = 'Ann Lee <ann@contoso.com>'
[uri] $url = 'https://mail.contoso.com/owa/?ae=Item'
[regex] $rx = '^\d+$'
[xml] $doc = '<a><b>1</b></a>'
[scriptblock] $sb = { 'block' }
[switch] $flag = $true
[bool] $truthy = 'false'
[char[]] $chars = 'abc'
[byte[]] $bytes = 1, 2, 255
[string[]] $strings = 1, 2
[pscustomobject] $pco = @{ A = 1 }
[psobject] $pso = 'wrapped'
[hashtable] $ht = @{}
[System.Collections.Generic.List[string]] $list = 'x', 'y'
[System.Collections.Generic.Dictionary[string, System.Collections.Generic.List[int]]] $dict = @{}
[Nullable[int]] $maybe = $null
[cultureinfo] $culture = 'de-DE'
[securestring] $secure = ConvertTo-SecureString -String 'P@ss' -AsPlainText -Force
[wmisearcher] $searcher = 'SELECT * FROM Win32_BIOS'
[adsi] $rootDse = 'LDAP://RootDSE'
[type] $t = [System.IO.FileInfo]

$when.AddDays(1).DayOfWeek
$span.TotalMinutes
$ver.Build
$ip.AddressFamily
$addr.Host
$url.Host
$rx.IsMatch('123')
$doc.a.b
$truthy
$chars.Count
$strings[1].GetType().Name
$list.Count
$maybe.HasValue
(Get-Date).ToString('D', $culture)
$t.FullName
[System.IO.FileInfo].Assembly.GetName().Name
[System.Environment+SpecialFolder]::Desktop
[Collections.Generic.KeyValuePair[string, int]]::new('a', 1).Value
[System.Tuple]::Create('x', 2).Item2
[int]$null
[string]$null -eq ''
[array]$single = 'one'
$single.Count
[object[]] $objs = @()
$objs.GetType().Name
[System.DayOfWeek]'Monday' -as [int]
[Enum]::Parse([System.DayOfWeek], 'friday', $true)
