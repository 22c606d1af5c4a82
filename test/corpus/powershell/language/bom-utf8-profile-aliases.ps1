# This file starts with a UTF-8 byte order mark, as files saved by Windows PowerShell ISE do.
# Grüße aus München: non-ASCII text in comments and strings is normal in European shops.
$greeting = 'Grüß Gott, Administrator – heute ist {0:dddd}' -f (Get-Date)
Write-Host $greeting

Set-Alias -Name ll -Value Get-ChildItem -Option AllScope
Set-Alias -Name np -Value notepad.exe
New-Alias -Name which -Value Get-Command -Force -ErrorAction SilentlyContinue

function Get-Größe {
    param([string] $Pfad = '.')
    $summe = (Get-ChildItem -Path $Pfad -Recurse -File -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
    '{0:N1} MB' -f ($summe / 1MB)
}

$Ümlaut = 'ä ö ü ß € “curly” and doubled ‘‘single’’ quotes'
$Ümlaut.Length
Get-Größe -Pfad $env:TEMP
'Smart quotes are string delimiters in PowerShell, so “double” ones sit inside single quotes'
