function Get-ServerQueueSummary {
    <#
    .SYNOPSIS
        Queue summary with a -Server parameter whose allowed values are the transport servers.
    #>
    [CmdletBinding()]
    param()

    DynamicParam {
        $attributes = New-Object System.Collections.ObjectModel.Collection[System.Attribute]
        $parameterAttribute = New-Object System.Management.Automation.ParameterAttribute
        $parameterAttribute.Mandatory = $true
        $parameterAttribute.Position = 0
        $attributes.Add($parameterAttribute)

        $names = @(Get-TransportService -ErrorAction SilentlyContinue | ForEach-Object { $_.Name })
        if ($names.Count -gt 0) {
            $attributes.Add((New-Object System.Management.Automation.ValidateSetAttribute($names)))
        }

        $parameter = New-Object System.Management.Automation.RuntimeDefinedParameter('Server', [string], $attributes)
        $dictionary = New-Object System.Management.Automation.RuntimeDefinedParameterDictionary
        $dictionary.Add('Server', $parameter)
        return $dictionary
    }

    end {
        $server = $PSBoundParameters['Server']
        Get-Queue -Server $server |
            Group-Object DeliveryType |
            Select-Object Name, @{ n = 'Queues'; e = { $_.Count } }, @{ n = 'Messages'; e = { ($_.Group | Measure-Object MessageCount -Sum).Sum } }
    }
}

Get-ServerQueueSummary -Server EX01 | Format-Table -AutoSize
