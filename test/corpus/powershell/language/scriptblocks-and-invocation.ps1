$greet = { param([string] $Name = 'world') "Hello, $Name" }
& $greet
& $greet -Name 'Ann'
$greet.Invoke('Bob')
$greet.InvokeReturnAsIs()
. $greet 'Carol'

$counter = 0
$increment = { $counter++ }
& $increment
"after & : $counter"
. $increment
"after . : $counter"

function New-Multiplier {
    param([int] $Factor)
    { param($x) $x * $Factor }.GetNewClosure()
}
$triple = New-Multiplier -Factor 3
& $triple 7

$text = 'Get-Date -Format yyyy'
$sb = [scriptblock]::Create($text)
& $sb
Invoke-Command -ScriptBlock { param($a, $b) $a + $b } -ArgumentList 2, 3
Invoke-Expression -Command '"invoked at " + (Get-Date).Hour'

$commandName = 'Get-ChildItem'
& $commandName -Path $env:TEMP -Filter '*.log' -ErrorAction SilentlyContinue | Select-Object -First 1
$cmd = Get-Command -Name Get-Process
& $cmd -Id $PID | Select-Object Name, Id
& (Get-Command Write-Output) 'via command info'
&{ 'no space after ampersand' }
.{ 'no space after dot' }

$actions = @{
    start = { 'starting' }
    stop  = { param($force) if ($force) { 'forced stop' } else { 'stop' } }
}
& $actions['start']
& $actions.stop $true
$actions.Keys | Sort-Object | ForEach-Object { & $actions[$_] }

$pipelineBlock = { process { $_ * 2 } }
1..3 | & $pipelineBlock
$sb.Ast.Extent.Text
$greet.Ast.ParamBlock.Parameters.Count
$delegate = [Func[int, int]] { param($v) $v + 1 }
$delegate.Invoke(41)
[System.Threading.Tasks.Parallel]::For(0, 2, [Action[int]] { param($i) [void]$i }) | Out-Null
