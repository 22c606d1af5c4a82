$type = [System.Math]
$type::Max(3, 8)
$type::PI
$dateType = [datetime]
$dateType::Now.Year -gt 2000
$dateType::ParseExact('01/03/2024', 'dd/MM/yyyy', $null).Month
[System.String]::IsNullOrEmpty('')
[string]::Empty.Length
[System.IO.Path]::DirectorySeparatorChar
[System.Net.Mail.MailAddress]::new('ann@contoso.com').User
[Text.Encoding]::ASCII.GetString([byte[]](72, 105))
[System.Environment]::NewLine.Length
[Environment]::GetEnvironmentVariable('PATH', 'Machine').Split(';').Count
[Environment]::SetEnvironmentVariable('CONTOSO_DEMO', '1', 'Process')
[Environment]::Is64BitProcess
[IO.Directory]::Exists($env:TEMP)
[Diagnostics.Process]::GetCurrentProcess().Id -eq $PID
[Threading.Thread]::Sleep(10)
[DateTime]::UtcNow.ToString('o')
[TimeZoneInfo]::Local.Id
[Guid]::Empty
[char]::IsDigit('7')
[int]::MaxValue - [int]::MinValue
[System.Linq.Enumerable]::Range(1, 5) -join ','
[System.Linq.Enumerable]::Distinct([int[]](1, 1, 2)) -join ','
[System.Collections.Generic.Comparer[int]]::Default.Compare(1, 2)
[System.StringComparer]::OrdinalIgnoreCase.Equals('A', 'a')
$method = [math].GetMethod('Abs', [type[]]@([int]))
$method.Invoke($null, @(-4))
[math]::Round
$staticName = 'Floor'
[math]::$staticName(2.7)
[math]::($staticName)(3.2)
$typeName = 'System.Text.StringBuilder'
$sb = New-Object -TypeName $typeName -ArgumentList 16
$sb.Capacity
($typeName -as [type])::new().Length
[type]::GetType('System.Int32').Name
[AppDomain]::CurrentDomain.GetAssemblies().Count -gt 0
[System.Reflection.Assembly]::LoadWithPartialName('System.Web') | Out-Null
[Activator]::CreateInstance([System.Collections.ArrayList]).Count
