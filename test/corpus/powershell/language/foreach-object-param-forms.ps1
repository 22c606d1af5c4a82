# ForEach-Object and Where-Object in every shape scripts use them.
1..5 | ForEach-Object { $_ * 10 }
1..5 | ForEach-Object -Process { $PSItem + 1 }
1..3 | ForEach-Object -Begin { $sum = 0 } -Process { $sum += $_ } -End { "sum $sum" }
1..3 | ForEach-Object { 'begin' } { "item $_" } { 'end' }
Get-Service | Select-Object -First 3 | ForEach-Object Name
'a', 'b' | ForEach-Object ToUpper
'a-b', 'c-d' | ForEach-Object -MemberName Split -ArgumentList '-'
1..3 | % { $_ }
1..10 | ? { $_ % 2 }

Get-Service | Where-Object Status -EQ Running | Select-Object -First 2 -ExpandProperty Name
Get-Service | Where-Object -Property StartType -Value Manual -EQ | Measure-Object | Select-Object -ExpandProperty Count
Get-Process | Where-Object WorkingSet64 -GT 50MB | Select-Object -First 1 Name
Get-ChildItem $env:TEMP | Where-Object Name -Like '*.tmp' | Measure-Object
Get-ChildItem $env:TEMP | Where-Object -FilterScript { $_.PSIsContainer }
Get-Service | Where-Object Name -In 'WinRM', 'W32Time', 'Spooler'
Get-Service | Where-Object DisplayName -Match 'Windows'
Get-Service | Where-Object -Property CanStop
Get-Process | Where-Object Responding -NE $true
$filtered = Get-Service | where Name -CLike 'W*'
$filtered.Count
Get-ChildItem $env:windir -Directory | foreach { $_.Name.Length } | Sort-Object -Unique | select -Last 1
$items = 'x', 'y'
$items | ForEach-Object -PipelineVariable outer { $_ } | ForEach-Object { "$outer$_" }
Get-Service | Select-Object -First 2 | Tee-Object -Variable saved | Out-Null
$saved.Count
1..4 | Where-Object { $_ -gt 1 } -OutVariable kept | Out-Null
$kept -join ','
