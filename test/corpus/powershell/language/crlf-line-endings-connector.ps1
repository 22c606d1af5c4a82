# A script saved with Windows line endings (CRLF), as most scripts in the wild are.
[CmdletBinding()]
param(
    [string] $Name = "Relay",
    [int[]] $Ports = @(25, 587)
)

$here = @"
Connector: $Name
Ports: $($Ports -join ", ")
"@
$literal = @'
No $expansion here
'@
$here
$literal
foreach ($p in $Ports) {
    if ($p -eq 25) {
        "SMTP on $p"
    } elseif ($p -eq 587) {
        "Submission on $p"
    } else {
        "Other port $p"
    }
}
Get-Date `
    -Format "yyyy-MM-dd"
switch -Regex ($Name) {
    "^R" { "starts with R" }
}
