# How words are read in command (argument) mode.
Write-Output hello world
Write-Output a#b not#a#comment
Write-Output -- -NotAParameter
Write-Output 'quoted' "double $env:USERNAME" unquoted-with-dash
Write-Output 10kb 0x10 1e2 -5
Write-Output $env:TEMP\sub\file.txt
Write-Output C:\Program` Files\App
Write-Output key=value path:C:\x
Write-Output (1 + 2) $(Get-Date).Year @(1, 2).Count
Write-Output ./relative/path ..\parent ~\Documents
Write-Output @{ a = 1 }.a
Write-Output {a script block}
Write-Output 1,2,3
Write-Output a,b,c
Write-Output $true $false $null
Write-Output -InputObject:'colon form'
Get-ChildItem -Path:$env:TEMP -Filter:*.tmp -Recurse:$false -ErrorAction:SilentlyContinue | Out-Null
Get-ChildItem -Path $env:windir -Filter *.log -Depth 0 | Select-Object -First 1 | Out-Null
Set-Location -Path $env:TEMP; Set-Location -
Set-Location ..
Push-Location $env:windir\System32
Pop-Location
Get-Item .\ -ErrorAction SilentlyContinue | Out-Null
Write-Host "progress:" -NoNewline; Write-Host ' done'
Write-Output ("joined " + 'expression')
Write-Output "nested $("inner $(1 + 1) level") outer"
Write-Output "quote in subexpression: $('it''s')"
Write-Output "array item: $(@('x', 'y')[1]) hash item: $(@{ k = 'v' }['k'])"
Write-Output "escaped `$(not evaluated)"
Write-Output "dollar alone: $ and $5 and cost `$10"
Write-Output "email ann@contoso.com and @ sign"
Write-Output "colon after var: ${env:COMPUTERNAME}: ok"
Write-Output "method in string: $((Get-Date).ToString('yyyy'))"
Write-Output "property chain: $($PSVersionTable.PSVersion.Major)"
Write-Output "simple property is not expanded: $PSVersionTable.PSVersion"
