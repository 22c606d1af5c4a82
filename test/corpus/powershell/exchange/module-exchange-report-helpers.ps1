# ExchangeReportHelpers - functions shared by the reporting scripts (dot-source or save as .psm1).

Set-StrictMode -Version Latest

function Format-ByteSize {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [long]$Bytes
    )
    process {
        switch ($Bytes) {
            { $_ -ge 1TB } { '{0:N2} TB' -f ($_ / 1TB); break }
            { $_ -ge 1GB } { '{0:N2} GB' -f ($_ / 1GB); break }
            { $_ -ge 1MB } { '{0:N1} MB' -f ($_ / 1MB); break }
            { $_ -ge 1KB } { '{0:N0} KB' -f ($_ / 1KB); break }
            default { "$_ B" }
        }
    }
}

function Get-ByteValue {
    [CmdletBinding()]
    param([Parameter(Mandatory)][AllowNull()][object]$Quantity)

    if ($null -eq $Quantity) { return [long]0 }
    if ($Quantity.PSObject.Methods.Name -contains 'ToBytes') { return [long]$Quantity.ToBytes() }
    $m = [regex]::Match("$Quantity", '\(([0-9,]+) bytes\)')
    if ($m.Success) { return [long]($m.Groups[1].Value -replace ',', '') }
    throw "Cannot read a size from '$Quantity'. Expected a ByteQuantifiedSize or text like '1 GB (1,073,741,824 bytes)'."
}

function Write-Section {
    param([string]$Title, [ConsoleColor]$Color = 'Cyan')
    $bar = '=' * ($Title.Length + 4)
    Write-Host ''
    Write-Host $bar -ForegroundColor $Color
    Write-Host "  $Title  " -ForegroundColor $Color
    Write-Host $bar -ForegroundColor $Color
}

Export-ModuleMember -Function Format-ByteSize, Get-ByteValue, Write-Section
