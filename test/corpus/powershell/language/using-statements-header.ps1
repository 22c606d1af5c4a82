using namespace System.Text
using namespace System.Collections.Generic
using namespace System.Management.Automation
using assembly System.Windows.Forms
#requires -Version 5.1
#requires -PSEdition Desktop
#requires -Modules @{ ModuleName = 'Microsoft.PowerShell.Utility'; ModuleVersion = '3.0' }, Microsoft.PowerShell.Management

$builder = [StringBuilder]::new()
[void] $builder.AppendLine('Header')
[void] $builder.AppendFormat('{0} items', 3).AppendLine()
$builder.ToString()

$names = [List[string]]::new()
$names.Add('one')
$names.Add('two')
$lookup = [Dictionary[string, int]]::new()
foreach ($n in $names) { $lookup[$n] = $n.Length }
$lookup.Keys -join ','

$err = [ErrorRecord]::new([Exception]::new('demo'), 'Demo', [ErrorCategory]::NotSpecified, $null)
$err.CategoryInfo.Category

$result = [System.Windows.Forms.MessageBoxButtons]::OKCancel
"Buttons: $result"
[PSCustomObject]@{ Encoding = [Encoding]::UTF8.WebName; Stack = [Stack[int]]::new().Count }
