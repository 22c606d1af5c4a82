#requires -Version 7.0
# Sort-Object -Top and -Bottom (PowerShell 6.2 and later) avoid sorting the whole list for a few items.
$processes = Get-Process
$processes | Sort-Object -Property WorkingSet64 -Top 5 -Descending | Select-Object Name, Id, WorkingSet64
$processes | Sort-Object -Property CPU -Bottom 3 | Select-Object Name, CPU

Get-ChildItem -Path $HOME -File -Recurse -ErrorAction SilentlyContinue |
    Sort-Object -Property Length -Top 10 |
    Format-Table Name, Length
