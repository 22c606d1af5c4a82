#requires -Version 4
<#
    Replaces the RemoteIPRanges of a relay receive connector with the ranges in a text file
    (one range per line, # comments allowed). Keeps a backup of the old list next to the file.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)][string]$Identity,
    [Parameter(Mandatory)][string]$RangeFile
)

$connector = Get-ReceiveConnector -Identity $Identity -ErrorAction Stop
$backup = "{0}.{1:yyyyMMddHHmmss}.bak" -f $RangeFile, (Get-Date)
$connector.RemoteIPRanges | ForEach-Object { $_.ToString() } | Set-Content -Path $backup

$ranges = Get-Content -Path $RangeFile |
    ForEach-Object { ($_ -replace '#.*$', '').Trim() } |
    Where-Object { $_ } |
    Sort-Object -Unique

if ($ranges.Count -eq 0) {
    throw "The file $RangeFile contains no ranges; refusing to clear the connector."
}

$added = $ranges | Where-Object { $connector.RemoteIPRanges -notcontains $_ }
Write-Host "New ranges: $($added -join ', ')" -ForegroundColor Yellow

if ($PSCmdlet.ShouldProcess($connector.Identity, "Set $($ranges.Count) remote IP ranges")) {
    Set-ReceiveConnector -Identity $connector.Identity -RemoteIPRanges $ranges
}
