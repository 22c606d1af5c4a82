# trap applies to the scope it is written in; continue resumes after the failing statement.
trap [System.DivideByZeroException] {
    Write-Warning "Division by zero at line $($_.InvocationInfo.ScriptLineNumber)"
    continue
}

trap [System.Management.Automation.ItemNotFoundException] {
    Write-Warning "Missing item: $($_.TargetObject)"
    continue
}

trap {
    Write-Warning "Unexpected: $($_.Exception.GetType().FullName)"
    break
}

function Get-Ratio {
    param([int] $Numerator, [int] $Denominator)
    trap { "Get-Ratio failed: $_"; return -1 }
    return $Numerator / $Denominator
}

$zero = 0
$x = 10 / $zero
"x is now '$x' because the statement was skipped"

Get-Item -Path 'C:\does\not\exist' -ErrorAction Stop
'After the missing item'

Get-Ratio -Numerator 4 -Denominator 2
Get-Ratio -Numerator 4 -Denominator 0

& {
    trap [System.FormatException] { 'inner trap handled a format error'; continue }
    [int]::Parse('twelve')
    'inner block continues'
}
'Script finished'
