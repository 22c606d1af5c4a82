<#
.SYNOPSIS
    Copies transport rules from an old organisation (remote session) into the current one.
#>
param(
    [Parameter(Mandatory)][string]$SourceServer,
    [pscredential]$Credential,
    [switch]$Apply
)

$sessionParams = @{
    ConfigurationName = 'Microsoft.Exchange'
    ConnectionUri     = "http://$SourceServer/PowerShell/"
    Authentication    = 'Kerberos'
}
if ($Credential) { $sessionParams['Credential'] = $Credential }

$source = New-PSSession @sessionParams
try {
    $rules = Invoke-Command -Session $source -ScriptBlock { Get-TransportRule | Select-Object Name, Priority, State, Mode, Description }
    $collection = Invoke-Command -Session $source -ScriptBlock { Export-TransportRuleCollection }
}
finally {
    Remove-PSSession -Session $source
}

Write-Host "Source has $(@($rules).Count) rules:" -ForegroundColor Cyan
$rules | Sort-Object Priority | Format-Table Priority, Name, State, Mode -AutoSize

$existing = @(Get-TransportRule | ForEach-Object Name)
$clash = $rules | Where-Object { $existing -contains $_.Name }
if ($clash) {
    Write-Warning "Rules with the same name already exist here: $(($clash | ForEach-Object Name) -join ', ')"
}

if ($Apply) {
    Import-TransportRuleCollection -FileData ([byte[]]$collection.FileData) -Confirm:$false
    Write-Host 'Imported. Imported rules replace all existing rules in this organisation.' -ForegroundColor Yellow
}
