<#
.SYNOPSIS
    Collects Application log errors from MSExchange sources on several servers.
.PARAMETER Hours
    How far back to look.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string[]]$Server,

    [ValidateRange(1, 168)]
    [int]$Hours = 12,

    [string]$OutputFolder = "$env:USERPROFILE\Desktop"
)

$collector = {
    param([int]$LookBack)
    $filter = @{
        LogName   = 'Application'
        Level     = 1, 2
        StartTime = (Get-Date).AddHours(-$LookBack)
    }
    Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue |
        Where-Object { $_.ProviderName -like 'MSExchange*' } |
        Select-Object TimeCreated, ProviderName, Id, LevelDisplayName,
            @{ Name = 'Message'; Expression = { ($_.Message -split "`r?`n")[0] } }
}

$all = foreach ($s in $Server) {
    try {
        Invoke-Command -ComputerName $s -ScriptBlock $collector -ArgumentList $Hours -ErrorAction Stop
    }
    catch [System.Management.Automation.Remoting.PSRemotingTransportException] {
        Write-Warning "WinRM to $s failed: $($_.Exception.Message)"
    }
}

$file = Join-Path $OutputFolder ("ExchangeErrors_{0:yyyyMMdd_HHmm}.csv" -f (Get-Date))
$all | Select-Object PSComputerName, TimeCreated, ProviderName, Id, Message | Export-Csv $file -NoTypeInformation

$all | Group-Object PSComputerName, ProviderName | Sort-Object Count -Descending |
    Select-Object Count, Name -First 15 | Format-Table -AutoSize
Write-Host "Details in $file" -ForegroundColor Cyan
