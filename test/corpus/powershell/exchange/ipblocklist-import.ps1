[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)][string]$Path,
    [int]$ExpireDays = 30
)

# Imports IP addresses and ranges (one per line) into the Connection Filtering IP block list.
$expires = (Get-Date).AddDays($ExpireDays)
$existing = @(Get-IPBlockListEntry | ForEach-Object { "$($_.IPRange)" })

$entries = Get-Content -Path $Path |
    ForEach-Object { $_.Trim() } |
    Where-Object { $_ -and -not $_.StartsWith('#') } |
    Select-Object -Unique

foreach ($e in $entries) {
    if ($existing -contains $e) {
        Write-Verbose "$e already blocked"
        continue
    }
    $isRange = $e -match '[/-]'
    if ($PSCmdlet.ShouldProcess($e, 'Add-IPBlockListEntry')) {
        if ($isRange) {
            Add-IPBlockListEntry -IPRange $e -ExpirationTime $expires -Comment "Imported $(Get-Date -Format d)" | Out-Null
        }
        else {
            Add-IPBlockListEntry -IPAddress $e -ExpirationTime $expires -Comment "Imported $(Get-Date -Format d)" | Out-Null
        }
    }
}
