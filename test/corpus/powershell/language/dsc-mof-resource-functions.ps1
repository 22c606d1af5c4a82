# A MOF-based DSC resource module (.psm1): Get-, Set- and Test-TargetResource with matching parameters.
function Get-TargetResource {
    [CmdletBinding()]
    [OutputType([System.Collections.Hashtable])]
    param(
        [Parameter(Mandatory = $true)]
        [System.String] $Name,

        [Parameter(Mandatory = $true)]
        [System.String] $SmartHost
    )

    $connector = Get-SendConnector -Identity $Name -ErrorAction SilentlyContinue
    return @{
        Name      = $Name
        SmartHost = if ($connector) { [string]($connector.SmartHosts | Select-Object -First 1) } else { $null }
        Ensure    = if ($connector) { 'Present' } else { 'Absent' }
    }
}

function Set-TargetResource {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true)] [System.String] $Name,
        [Parameter(Mandatory = $true)] [System.String] $SmartHost,
        [ValidateSet('Present', 'Absent')] [System.String] $Ensure = 'Present'
    )

    $current = Get-TargetResource -Name $Name -SmartHost $SmartHost
    switch ($Ensure) {
        'Absent' {
            if ($current.Ensure -eq 'Present' -and $PSCmdlet.ShouldProcess($Name, 'Remove-SendConnector')) {
                Remove-SendConnector -Identity $Name -Confirm:$false
            }
        }
        'Present' {
            if ($current.Ensure -eq 'Absent') {
                New-SendConnector -Name $Name -AddressSpaces '*' -SmartHosts $SmartHost -Usage Custom | Out-Null
            }
            elseif ($current.SmartHost -ne $SmartHost) {
                Set-SendConnector -Identity $Name -SmartHosts $SmartHost
            }
        }
    }
}

function Test-TargetResource {
    [CmdletBinding()]
    [OutputType([System.Boolean])]
    param(
        [Parameter(Mandatory = $true)] [System.String] $Name,
        [Parameter(Mandatory = $true)] [System.String] $SmartHost,
        [ValidateSet('Present', 'Absent')] [System.String] $Ensure = 'Present'
    )

    $current = Get-TargetResource -Name $Name -SmartHost $SmartHost
    if ($Ensure -eq 'Absent') { return $current.Ensure -eq 'Absent' }
    return ($current.Ensure -eq 'Present') -and ($current.SmartHost -eq $SmartHost)
}

Export-ModuleMember -Function *-TargetResource
