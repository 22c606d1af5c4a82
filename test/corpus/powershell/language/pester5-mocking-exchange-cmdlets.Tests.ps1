BeforeAll {
    function Get-ReceiveConnector { param($Identity) }
    function Set-ReceiveConnector { param($Identity, $RemoteIPRanges) }

    function Add-RelayAddress {
        [CmdletBinding()]
        param([string] $Connector, [string] $Address)
        $current = Get-ReceiveConnector -Identity $Connector
        if ($current.RemoteIPRanges -contains $Address) { return $false }
        Set-ReceiveConnector -Identity $Connector -RemoteIPRanges ($current.RemoteIPRanges + $Address)
        return $true
    }
}

Describe 'Add-RelayAddress' {
    BeforeEach {
        Mock Get-ReceiveConnector {
            [pscustomobject]@{ Identity = $Identity; RemoteIPRanges = @('10.0.0.5', '10.0.0.6') }
        }
        Mock Set-ReceiveConnector { }
    }

    It 'adds an address that is not there yet' {
        Add-RelayAddress -Connector 'EX01\Relay' -Address '10.0.0.7' | Should -BeTrue
        Should -Invoke Set-ReceiveConnector -Times 1 -Exactly -ParameterFilter {
            $RemoteIPRanges -contains '10.0.0.7' -and $RemoteIPRanges.Count -eq 3
        }
    }

    It 'leaves the connector alone when the address is present' {
        Add-RelayAddress -Connector 'EX01\Relay' -Address '10.0.0.5' | Should -BeFalse
        Should -Invoke Set-ReceiveConnector -Times 0
        Should -Invoke Get-ReceiveConnector -Scope It -Times 1
    }

    Context 'when the connector does not exist' {
        BeforeEach {
            Mock Get-ReceiveConnector { throw "The operation couldn't be performed because object '$Identity' couldn't be found" }
        }

        It 'passes the error on' {
            { Add-RelayAddress -Connector 'EX01\Missing' -Address '10.0.0.9' } |
                Should -Throw -ExceptionType ([System.Management.Automation.RuntimeException])
        }
    }
}
