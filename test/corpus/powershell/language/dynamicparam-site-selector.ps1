function Get-SiteServer {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [ValidateSet('Europe', 'America')]
        [string] $Region
    )

    DynamicParam {
        $sites = @{
            Europe  = 'Amsterdam', 'Dublin', 'Frankfurt'
            America = 'Seattle', 'Toronto'
        }
        $paramDictionary = New-Object -TypeName System.Management.Automation.RuntimeDefinedParameterDictionary
        $attributes = New-Object -TypeName 'System.Collections.ObjectModel.Collection[System.Attribute]'

        $paramAttribute = New-Object System.Management.Automation.ParameterAttribute
        $paramAttribute.Mandatory = $true
        $paramAttribute.HelpMessage = 'The site in the chosen region'
        $attributes.Add($paramAttribute)

        if ($Region) {
            $validate = New-Object System.Management.Automation.ValidateSetAttribute -ArgumentList $sites[$Region]
            $attributes.Add($validate)
        }

        $siteParam = New-Object -TypeName System.Management.Automation.RuntimeDefinedParameter -ArgumentList @('Site', [string], $attributes)
        $paramDictionary.Add('Site', $siteParam)
        return $paramDictionary
    }

    begin {
        $site = $PSBoundParameters['Site']
    }

    process {
        $filter = "Site -eq '$site'"
        Write-Verbose "Looking for servers with $filter in $Region"
        [pscustomobject]@{ Region = $Region; Site = $site; Filter = $filter }
    }
}

Get-SiteServer -Region Europe -Site Dublin -Verbose
