BeforeAll {
    function Get-Queue { param($Server) }
    function Retry-Queue { param($Identity) }

    function Reset-RetryQueues {
        param([string] $Server)
        $retrying = Get-Queue -Server $Server | Where-Object Status -EQ 'Retry'
        foreach ($q in $retrying) { Retry-Queue -Identity $q.Identity }
        @($retrying).Count
    }
}

Describe 'Reset-RetryQueues' {
    BeforeAll {
        Mock Get-Queue -Verifiable -ParameterFilter { $Server -eq 'ex01' } -MockWith {
            @(
                [pscustomobject]@{ Identity = 'ex01\3'; Status = 'Retry' }
                [pscustomobject]@{ Identity = 'ex01\4'; Status = 'Ready' }
                [pscustomobject]@{ Identity = 'ex01\5'; Status = 'Retry' }
            )
        }
        Mock Retry-Queue
    }

    It 'retries only the queues in retry' {
        Reset-RetryQueues -Server 'ex01' | Should -Be 2
        Should -Invoke Retry-Queue -Times 2 -Exactly
        Should -Invoke Retry-Queue -Times 0 -ParameterFilter { $Identity -eq 'ex01\4' }
    }

    It 'asked for the right server' {
        Reset-RetryQueues -Server 'ex01' | Out-Null
        Should -InvokeVerifiable
    }

    Context 'another server' {
        BeforeAll {
            Mock Get-Queue { } -ParameterFilter { $Server -ne 'ex01' }
        }

        It 'does nothing when there are no queues' {
            Reset-RetryQueues -Server 'ex02' | Should -Be 0
            Should -Not -Invoke Retry-Queue -Scope It
        }
    }
}

Describe 'Configuration' -Tag 'Integration' -Skip:($env:CI -eq 'true') {
    It 'can reach the domain controller' {
        Test-Connection -ComputerName $env:LOGONSERVER.TrimStart('\') -Count 1 -Quiet | Should -BeTrue
    }
}
