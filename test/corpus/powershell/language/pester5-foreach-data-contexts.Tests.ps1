BeforeDiscovery {
    $servers = @(
        @{ Name = 'ex01'; Role = 'Mailbox'; Ports = @(25, 587, 443) }
        @{ Name = 'edge01'; Role = 'Edge'; Ports = @(25) }
    )
}

Describe 'Server <Name>' -ForEach $servers {
    BeforeAll {
        $PSDefaultParameterValues = @{ 'Test-NetConnection:WarningAction' = 'SilentlyContinue' }
        $listening = $Ports
    }

    Context 'role <Role>' {
        It 'listens on port <_>' -ForEach $Ports {
            $listening | Should -Contain $_
        }

        It 'has a lower-case name' {
            $Name | Should -MatchExactly '^[a-z0-9]+$'
        }
    }

    Context 'edge specifics' -Skip:($Role -ne 'Edge') {
        It 'accepts only SMTP' {
            $Ports | Should -Be @(25)
        }
    }
}

Describe 'Numbers' {
    It '<a> plus <b> is <expected>' -TestCases @(
        @{ a = 1; b = 2; expected = 3 }
        @{ a = -1; b = 1; expected = 0 }
        @{ a = 1.5; b = 1.5; expected = 3 }
    ) {
        $a + $b | Should -Be $expected
    }

    It 'handles big values' {
        [long]::MaxValue | Should -BeGreaterThan ([int]::MaxValue)
        1GB | Should -Be (1024 * 1024 * 1024)
    }
}

AfterAll {
    Write-Host 'All server checks done'
}
