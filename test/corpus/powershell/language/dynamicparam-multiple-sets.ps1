function New-ConnectorFromTemplate {
    [CmdletBinding(DefaultParameterSetName = 'Receive')]
    param(
        [Parameter(Mandatory)]
        [ValidateSet('Receive', 'Send')]
        [string] $Kind,

        [Parameter(Mandatory)]
        [string] $Name
    )

    DynamicParam {
        $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()

        function Add-DynamicParameter {
            param([string] $ParamName, [type] $Type, [string[]] $ValidValues, [bool] $Mandatory)
            $collection = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
            $attr = [System.Management.Automation.ParameterAttribute]::new()
            $attr.Mandatory = $Mandatory
            $attr.ParameterSetName = '__AllParameterSets'
            $collection.Add($attr)
            if ($ValidValues) {
                $collection.Add([System.Management.Automation.ValidateSetAttribute]::new($ValidValues))
            }
            $dictionary.Add($ParamName, [System.Management.Automation.RuntimeDefinedParameter]::new($ParamName, $Type, $collection))
        }

        switch ($Kind) {
            'Receive' {
                Add-DynamicParameter -ParamName 'TransportRole' -Type ([string]) -ValidValues 'FrontendTransport', 'HubTransport' -Mandatory $false
                Add-DynamicParameter -ParamName 'Bindings' -Type ([string[]]) -Mandatory $true
            }
            'Send' {
                Add-DynamicParameter -ParamName 'AddressSpaces' -Type ([string[]]) -Mandatory $true
                Add-DynamicParameter -ParamName 'Usage' -Type ([string]) -ValidValues 'Custom', 'Internet', 'Partner', 'Internal' -Mandatory $false
            }
        }
        $dictionary
    }

    process {
        $extra = @{}
        foreach ($key in $PSBoundParameters.Keys) {
            if ($key -notin 'Kind', 'Name', 'Verbose') { $extra[$key] = $PSBoundParameters[$key] }
        }
        [pscustomobject]@{ Kind = $Kind; Name = $Name; Settings = ($extra.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value -join ',')" }) -join '; ' }
    }
}

New-ConnectorFromTemplate -Kind Receive -Name 'Relay' -Bindings '0.0.0.0:25' -TransportRole FrontendTransport
New-ConnectorFromTemplate -Kind Send -Name 'Internet' -AddressSpaces 'SMTP:*;1' -Usage Internet
