function Open-LogFolder {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)]
        [string] $Root
    )

    dynamicparam {
        if (-not (Test-Path -LiteralPath $Root -PathType Container)) { return }

        $names = [string[]] (Get-ChildItem -LiteralPath $Root -Directory | Select-Object -ExpandProperty Name)
        if ($names.Count -eq 0) { return }

        $attrs = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $attrs.Add([System.Management.Automation.ParameterAttribute]@{ Position = 1; Mandatory = $false })
        $attrs.Add([System.Management.Automation.ValidateSetAttribute]::new($names))
        $attrs.Add([System.Management.Automation.AliasAttribute]::new('Sub'))

        $dict = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $dict.Add('Folder', [System.Management.Automation.RuntimeDefinedParameter]::new('Folder', [string], $attrs))
        $dict
    }

    end {
        $target = $Root
        if ($PSBoundParameters.ContainsKey('Folder')) {
            $target = Join-Path -Path $Root -ChildPath $PSBoundParameters.Folder
        }
        Get-ChildItem -LiteralPath $target -File |
            Sort-Object LastWriteTime -Descending |
            Select-Object -First 10 Name, @{ n = 'KB'; e = { [math]::Ceiling($_.Length / 1KB) } }, LastWriteTime
    }
}

Open-LogFolder -Root "$env:ProgramFiles\Microsoft\Exchange Server\V15\TransportRoles\Logs" -Folder Hub
