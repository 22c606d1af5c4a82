# Keywords are not case-sensitive, and semicolons may end or separate statements.
$Total = 0;
FOREACH ($Value IN 1..5) { $Total += $Value; };
IF ($Total -GT 10) { 'big' } ELSEIF ($Total -EQ 10) { 'ten' } ELSE { 'small' };
While ($Total -Gt 0) { $Total -= 4 }; "ended at $Total";
Do { $Total++ } Until ($Total -ge 3)
SWITCH ($Total) { 3 { 'three' } Default { 'other' } }
Try { Throw 'boom' } Catch { "caught $_" } Finally { 'finally' }
For ($I = 0; $I -LT 2; $I++) { $I }
;;
$a = 1; $b = 2; $c = $a + $b; $c
Function Show-Case { Param($X) Return "x=$X" }
Show-Case -X 'value'
TRAP { 'trapped'; CONTINUE }
Filter Show-Item { "item $_" }
1, 2 | Show-Item
if ($true) {
    'braces on the same line'
}
else
{
    'Allman style else'
}
if ($false)
{
    'Allman style if'
}
elseif ($true)
{
    'Allman style elseif'
}
foreach ($x in 1..2)
{
    $x
}
while ($false)
{
}
try
{
    1 / 0
}
catch
{
    'divide error'
}
function Get-Allman
{
    param
    (
        [string] $Name = 'allman'
    )
    $Name
}
Get-Allman
