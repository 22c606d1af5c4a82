<#
.SYNOPSIS
    Reports shadow redundancy queues and the age of the oldest shadow message per server.
.DESCRIPTION
    A growing shadow queue usually means the primary server never confirmed delivery, so the
    shadow copy is never discarded.
#>
[CmdletBinding()]
param (
    # Only show shadow queues holding at least this many messages
    [Parameter()]
    [int]
    $MinimumMessages = 1,

    # Servers to check; default is every transport service
    [Parameter()]
    [string[]]
    $Server
)

begin {
    function Get-ShadowQueue {
        param ([string]$ComputerName)
        Get-Queue -Server $ComputerName -Filter "DeliveryType -eq 'ShadowRedundancy'" -ErrorAction Stop
    }

    function Get-OldestMessageAge {
        param ([object]$Queue)
        $oldest = Get-Message -Queue $Queue.Identity -ResultSize 1 -SortOrder +DateReceived -ErrorAction SilentlyContinue
        if ($oldest) {
            return (Get-Date) - $oldest.DateReceived
        }
        return [timespan]::Zero
    }

    if (-not $Server) {
        $Server = (Get-TransportService).Name
    }
    $report = New-Object System.Collections.Generic.List[object]
}

process {
    foreach ($s in $Server) {
        try {
            $queues = Get-ShadowQueue -ComputerName $s
        }
        catch {
            Write-Warning "Cannot read shadow queues on $s. Inner error: $($_.Exception.Message)"
            continue
        }

        foreach ($q in $queues | Where-Object { $_.MessageCount -ge $MinimumMessages }) {
            $age = Get-OldestMessageAge -Queue $q
            $report.Add([PSCustomObject]@{
                Server       = $s
                Queue        = $q.Identity
                PrimaryFor   = $q.NextHopDomain
                Messages     = $q.MessageCount
                OldestHours  = [math]::Round($age.TotalHours, 1)
            })
        }
    }
}

end {
    $report | Sort-Object OldestHours -Descending | Format-Table -AutoSize
}
