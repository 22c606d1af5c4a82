function Set-RelayRange {
    <#
    .SYNOPSIS
        Adds IP addresses to a relay connector, refusing public addresses with a terminating error.
    #>
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true)][string]$Connector,
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)][ipaddress[]]$Address
    )

    begin {
        $private = @(
            @{ Net = [ipaddress]'10.0.0.0'; Bits = 8 }
            @{ Net = [ipaddress]'172.16.0.0'; Bits = 12 }
            @{ Net = [ipaddress]'192.168.0.0'; Bits = 16 }
        )
        function Test-Private([ipaddress]$Ip) {
            $value = [BitConverter]::ToUInt32(($Ip.GetAddressBytes()[3..0]), 0)
            foreach ($p in $private) {
                $net = [BitConverter]::ToUInt32(($p.Net.GetAddressBytes()[3..0]), 0)
                $mask = [uint32]([uint64]0xFFFFFFFF -shl (32 - $p.Bits) -band 0xFFFFFFFF)
                if (($value -band $mask) -eq ($net -band $mask)) { return $true }
            }
            return $false
        }
        $toAdd = New-Object System.Collections.Generic.List[string]
    }

    process {
        foreach ($ip in $Address) {
            if (-not (Test-Private $ip)) {
                $record = New-Object System.Management.Automation.ErrorRecord (
                    [System.ArgumentException]::new("$ip is a public address; relay is only allowed for internal hosts."),
                    'PublicAddressRefused',
                    [System.Management.Automation.ErrorCategory]::InvalidArgument,
                    $ip
                )
                $PSCmdlet.ThrowTerminatingError($record)
            }
            $toAdd.Add($ip.ToString())
        }
    }

    end {
        if ($toAdd.Count -and $PSCmdlet.ShouldProcess($Connector, "Add $($toAdd -join ', ')")) {
            Set-ReceiveConnector -Identity $Connector -RemoteIPRanges @{ Add = $toAdd.ToArray() }
        }
    }
}

'10.20.30.40', '192.168.7.7' | Set-RelayRange -Connector 'EX01\Internal Relay' -WhatIf
