$now = Get-Date
$today = [datetime]::Today
$startOfMonth = Get-Date -Day 1 -Hour 0 -Minute 0 -Second 0 -Millisecond 0
$endOfMonth = $startOfMonth.AddMonths(1).AddTicks(-1)
$lastMonday = $today.AddDays(-((7 + [int]$today.DayOfWeek - [int][DayOfWeek]::Monday) % 7))

"Now:            $now"
"Start of month: $($startOfMonth.ToString('yyyy-MM-dd HH:mm:ss'))"
"End of month:   $($endOfMonth.ToString('yyyy-MM-dd HH:mm:ss.fff'))"
"Last Monday:    $($lastMonday.ToShortDateString())"

$span = New-TimeSpan -Start $startOfMonth -End $now
'{0} days {1} hours into the month' -f $span.Days, $span.Hours
($now - $today).TotalMinutes -as [int]
$now.AddHours(-36).DayOfWeek
$utc = $now.ToUniversalTime()
$utc.Kind
[datetime]::SpecifyKind($utc, [DateTimeKind]::Utc).ToString('u')
$offset = [DateTimeOffset]::Now
$offset.Offset.TotalHours
$pst = [TimeZoneInfo]::FindSystemTimeZoneById('Pacific Standard Time')
[TimeZoneInfo]::ConvertTimeFromUtc($utc, $pst)
$epoch = [datetime]'1970-01-01'
[int64](($utc - $epoch).TotalSeconds)
$epoch.AddSeconds(1700000000)
[datetime]::FromFileTimeUtc(133500000000000000)
(Get-Date -Year 2024 -Month 2 -Day 1).AddMonths(1).AddDays(-1).Day
[datetime]::DaysInMonth(2024, 2)
[datetime]::IsLeapYear(2100)
Get-Date -Format 'dddd, dd MMMM yyyy' -Date '2024-12-25'
Get-Date -UFormat '%Y-%m-%d %H:%M'
$culture = [cultureinfo]::GetCultureInfo('fr-FR')
$now.ToString('D', $culture)
$week = $culture.Calendar.GetWeekOfYear($now, [System.Globalization.CalendarWeekRule]::FirstFourDayWeek, [DayOfWeek]::Monday)
"ISO-like week $week"
$dates = 1..5 | ForEach-Object { $today.AddDays(-$_ * 3) }
$dates | Sort-Object | Select-Object -First 1
($dates | Measure-Object -Maximum).Maximum
