# Variables whose names are PowerShell keywords are still ordinary variables.
$switch = 'EX01'
$function = 'Get-Queue'
$param = @{ Server = $switch }
$data = & $function @param
$class = 'Internal'
$begin = Get-Date
$process = 0
$end = $null
$filter = "Status -eq 'Retry'"
$until = (Get-Date).AddMinutes(5)
$return = @()
$in = 'EX01', 'EX02'

foreach ($q in $data) {
    $process++
    if ($q.Status -eq 'Retry') { $return += $q.Identity }
}
$end = Get-Date

"{0} queues on {1} read in {2:N0} ms; {3} in retry; class {4}" -f $process, $switch, ($end - $begin).TotalMilliseconds, $return.Count, $class
"Filter for later: $filter (until $($until.ToShortTimeString())); servers: $($in -join ', ')"
Get-Queue -Server $switch -Filter $filter | Select-Object Identity, LastError
