function Get-Sum($a, $b) { $a + $b }
function Get-Typed([int] $a, [int] $b = 10) { $a * $b }
function Get-NoParams { 'no params' }
FUNCTION Get-Upper { Param([string] $s) $s.ToUpper() }
Function Get-Mixed {
    PARAM(
        [Parameter(Mandatory=$true,Position=0)][string]$Name,
        [Parameter(Position=1)][int]$Count=1
    )
    BEGIN { $out = @() }
    PROCESS { $out += ($Name * $Count) }
    END { $out }
}
function Get-Piped {
    process { "got $_" }
}
function Get-Input {
    $all = @($input)
    "received $($all.Count) items"
}
function Get-Recursive([int] $n) {
    if ($n -le 1) { return 1 }
    return $n * (Get-Recursive ($n - 1))
}
function Get-Nested {
    function Get-Inner { 'inner' }
    "outer calls $(Get-Inner)"
}
function Get-ReturnArray {
    $list = [System.Collections.Generic.List[int]]::new()
    $list.Add(1)
    return , $list
}
function Get-EarlyExit {
    param([int] $Value)
    if ($Value -lt 0) { return }
    "value $Value"
}
function Test-Switch([switch] $On) { if ($On) { 'on' } else { 'off' } }

Get-Sum 2 3
Get-Typed -a 4
Get-NoParams
Get-Upper -s 'shout'
Get-Mixed 'ab' 3
1..2 | Get-Piped
'x', 'y', 'z' | Get-Input
Get-Recursive 5
Get-Nested
(Get-ReturnArray).GetType().Name
Get-EarlyExit -Value -1
Get-EarlyExit -Value 3
Test-Switch -On
Test-Switch -On:$false
${function:Get-Sum}.Ast.Name
${function:Get-Dynamic} = { 'defined through the function drive' }
Get-Dynamic
Get-Command -Name Get-Sum -CommandType Function | Select-Object Name, CommandType
