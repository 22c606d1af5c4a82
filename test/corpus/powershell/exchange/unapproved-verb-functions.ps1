# An older script whose helper functions use verbs outside the approved list, as many do.
function Process-QueueBacklog {
    param([string]$Server)
    $backlog = Get-Queue -Server $Server | Where-Object { $_.MessageCount -gt 50 }
    foreach ($q in $backlog) { Check-Queue -Queue $q }
}

function Check-Queue {
    param($Queue)
    if ($Queue.Status -eq 'Retry') {
        Report-Problem "$($Queue.Identity) is in retry: $($Queue.LastError)"
    }
    elseif ($Queue.MessageCount -gt 500) {
        Report-Problem "$($Queue.Identity) holds $($Queue.MessageCount) messages"
    }
}

function Report-Problem([string]$Text) {
    Write-Host "PROBLEM: $Text" -ForegroundColor Red
    $script:problems++
}

function Data-Summary { "Problems found: $script:problems" }

$script:problems = 0
foreach ($server in (Get-TransportService).Name) {
    Process-QueueBacklog -Server $server
}
Data-Summary
