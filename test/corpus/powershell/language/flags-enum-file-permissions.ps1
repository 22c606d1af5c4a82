#requires -Version 5.1
<#
.SYNOPSIS
    Shows how a [Flags()] enum combines and tests access rights.
#>
[Flags()]
enum ShareAccess {
    None    = 0
    Read    = 1
    Write   = 2
    Delete  = 4
    Execute = 8
    Full    = 15
}

enum ShareState : byte {
    Offline = 0
    Online
    Degraded = 5
}

function Test-ShareAccess {
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)]
        [ShareAccess] $Granted,

        [Parameter(Mandatory)]
        [ShareAccess] $Wanted
    )
    return (($Granted -band $Wanted) -eq $Wanted)
}

$granted = [ShareAccess]::Read -bor [ShareAccess]::Write
Write-Host "Granted: $granted ($([int]$granted))"

foreach ($right in [Enum]::GetValues([ShareAccess])) {
    $has = Test-ShareAccess -Granted $granted -Wanted $right
    '{0,-8} {1}' -f $right, $has
}

$parsed = [ShareAccess]'Read, Execute'
if ($parsed.HasFlag([ShareAccess]::Execute)) {
    Write-Verbose 'Execute is present' -Verbose
}

$state = [ShareState]::Degraded
switch ($state) {
    ([ShareState]::Online)   { 'all good' }
    ([ShareState]::Degraded) { 'needs attention' }
    default                  { 'offline' }
}
[ShareState].GetEnumUnderlyingType().Name
$granted = $granted -bxor [ShareAccess]::Write
"After removing Write: $granted"
