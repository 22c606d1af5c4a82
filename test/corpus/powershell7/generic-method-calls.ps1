#requires -Version 7.3
using namespace System.Collections.Generic

# Explicit type arguments on method calls came with PowerShell 7.3.
$none = [array]::Empty[int]()
$list = [List[string]]::new()
$list.Add('b'); $list.Add('a')
$sorted = [System.Linq.Enumerable]::OrderBy[string, string]($list, [Func[string, string]] { $args[0] })
$typed = [System.Linq.Enumerable]::Cast[object]($list)
$defaultInt = [System.Activator]::CreateInstance[int]()

"empty array of $($none.GetType().Name) with $($none.Length) items"
"sorted: $($sorted -join ',')"
"cast count: $([System.Linq.Enumerable]::Count[object]($typed))"
"default int: $defaultInt"
