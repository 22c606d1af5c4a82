enum QueueStatus {
    Active = 1
    Ready = 2
    Retry = 0x10
    Suspended = 0x20
    Unknown = -1
}

class QueueInfo {
    [string] $Identity
    [QueueStatus] $Status
    [int] $MessageCount
    [string] $LastError

    QueueInfo([string] $identity, [QueueStatus] $status, [int] $count) {
        $this.Identity = $identity
        $this.Status = $status
        $this.MessageCount = $count
    }

    [string] Advice() {
        switch ($this.Status) {
            ([QueueStatus]::Retry) {
                return "Check DNS and the remote server for $($this.Identity)"
            }
            ([QueueStatus]::Suspended) {
                return 'Resume the queue after the cause is fixed'
            }
            ([QueueStatus]::Unknown) {
                return 'Collect the queue viewer output'
            }
        }
        if ($this.MessageCount -gt 100) {
            return 'Large but flowing; watch it'
        }
        return 'Nothing to do'
    }

    static [QueueInfo[]] Sample() {
        return @(
            [QueueInfo]::new('ex01\1', [QueueStatus]::Ready, 3)
            [QueueInfo]::new('ex01\2', [QueueStatus]::Retry, 40)
            [QueueInfo]::new('ex02\7', [QueueStatus]::Active, 250)
            [QueueInfo]::new('ex02\9', 'Suspended', 1)
        )
    }
}

foreach ($q in [QueueInfo]::Sample()) {
    '{0,-8} {1,-10} {2,5}  {3}' -f $q.Identity, $q.Status, $q.MessageCount, $q.Advice()
}
[QueueStatus]::Retry.value__
[int][QueueStatus]::Unknown
[QueueStatus]16
