BeforeAll {
    . $PSCommandPath.Replace('.Tests.ps1', '.ps1')

    function Get-ConnectorDisplayName {
        param([string] $Name, [string] $Server)
        if ([string]::IsNullOrWhiteSpace($Name)) { throw 'Name is required' }
        return "$Server\$Name"
    }
}

Describe 'Get-ConnectorDisplayName' -Tag 'Unit' {
    Context 'with valid input' {
        It 'joins server and name with a backslash' {
            Get-ConnectorDisplayName -Name 'Relay' -Server 'EX01' | Should -Be 'EX01\Relay'
        }

        It 'keeps spaces in <Name>' -TestCases @(
            @{ Name = 'Internal Relay'; Expected = 'EX01\Internal Relay' }
            @{ Name = 'Partner TLS'; Expected = 'EX01\Partner TLS' }
        ) {
            param($Name, $Expected)
            Get-ConnectorDisplayName -Name $Name -Server 'EX01' | Should -BeExactly $Expected
        }
    }

    Context 'with invalid input' {
        It 'throws when the name is empty' {
            { Get-ConnectorDisplayName -Name '' -Server 'EX01' } | Should -Throw -ExpectedMessage 'Name is required'
        }

        It 'throws for whitespace <_>' -ForEach @(' ', "`t") {
            { Get-ConnectorDisplayName -Name $_ -Server 'EX01' } | Should -Throw
        }
    }
}
