[CmdletBinding()]
param(
    [string[]]$Server = @($env:COMPUTERNAME)
)

# Write-Information goes to stream 6; callers choose to show it with -InformationAction Continue
# or capture it with -InformationVariable, and can filter on the tags.
foreach ($s in $Server) {
    Write-Information -MessageData "Checking $s" -Tags 'Progress'
    $queues = Get-Queue -Server $s
    $total = ($queues | Measure-Object MessageCount -Sum).Sum

    if ($total -gt 100) {
        Write-Information -MessageData "$s has $total messages queued" -Tags 'Alert', $s
    }
    [pscustomobject]@{ Server = $s; Queued = $total }
}

# Example of a caller:
#   .\information-stream-and-tags.ps1 -InformationVariable info -InformationAction SilentlyContinue
#   $info | Where-Object Tags -contains 'Alert'
