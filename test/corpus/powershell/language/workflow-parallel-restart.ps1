#requires -Version 5.1
# Windows PowerShell workflows still run on 5.1 servers (they were removed in PowerShell 6).
workflow Restart-TransportInOrder {
    param(
        [Parameter(Mandatory)]
        [string[]] $ComputerName,
        [int] $DelaySeconds = 30
    )

    foreach -parallel ($computer in $ComputerName) {
        InlineScript {
            Write-Verbose "Draining $using:computer"
        } -PSComputerName $computer
    }

    foreach ($computer in $ComputerName) {
        sequence {
            Restart-Service -Name MSExchangeTransport -PSComputerName $computer
            Start-Sleep -Seconds $DelaySeconds
        }
    }

    parallel {
        Get-Service -Name MSExchangeTransport -PSComputerName $ComputerName
        $WORKFLOW:done = $true
    }
    Checkpoint-Workflow
}

Restart-TransportInOrder -ComputerName ex01, ex02 -DelaySeconds 10 -Verbose
