#requires -Version 7.0
# PowerShell 7 lets a line start with the pipe that continues the previous line.
Get-Process
    | Where-Object WorkingSet64 -GT 100MB
    | Sort-Object -Property WorkingSet64 -Descending
    | Select-Object -First 5 -Property Name, Id, WorkingSet64

$count = Get-ChildItem -Path $HOME -File -ErrorAction SilentlyContinue
    | Measure-Object
"files: $($count.Count)"
