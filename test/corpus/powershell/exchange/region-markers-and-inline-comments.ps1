#region Settings
$servers = @(
    'EX01'   # primary site
    'EX02'   # primary site
    'EX03'   # DR site
)
$threshold = 200 <# messages #>
#endregion

#region Functions
function Get-Load {
    param([string]$Name)
    # Sum of all queue counts, ignoring the poison queue
    (Get-Queue -Server $Name <# all queues #> |
        Where-Object { $_.Identity -notlike '*\Poison' } |   # poison is handled separately
        Measure-Object -Property MessageCount -Sum).Sum
}
#endregion

#region Main
<#
    Multi-line block comment in the middle of the script:
    the loop below prints one line per server.
#>
foreach ($s in $servers) {
    $load = Get-Load -Name $s
    $flag = if ($load -gt $threshold) { '!!' } else { '  ' }   # mark busy servers
    "{0} {1,-6} {2,6}" -f $flag, $s, $load
}
#endregion
