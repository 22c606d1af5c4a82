enum Environment {
    Development
    Test
    Staging
    Production
}

function Get-DeploymentTarget {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string] $Name
    )
    process {
        $parsed = [Environment]::Development
        if ([Enum]::TryParse([Environment], $Name, $true, [ref] $parsed)) {
            [pscustomobject]@{
                Input       = $Name
                Environment = $parsed
                Ordinal     = [int] $parsed
                IsLive      = $parsed -ge [Environment]::Staging
            }
        }
        else {
            Write-Error -Message "Unknown environment '$Name'" -Category InvalidArgument -TargetObject $Name
        }
    }
}

'test', 'PRODUCTION', 'qa', 'staging' | Get-DeploymentTarget -ErrorAction Continue -ErrorVariable bad |
    Format-Table -AutoSize

"Failed: $($bad.Count)"
[Environment].GetEnumNames() -join ' < '
$next = [Environment]([int][Environment]::Test + 1)
"After Test comes $next"
[System.Enum]::IsDefined([Environment], 'Staging')
