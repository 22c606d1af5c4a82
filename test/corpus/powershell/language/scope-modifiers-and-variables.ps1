$global:RunId = [guid]::NewGuid().ToString('N').Substring(0, 8)
$script:Processed = 0
$private:hidden = 'only here'
${env:ProgramFiles(x86)}
${C:\Windows\win.ini}.Count
${variable with spaces} = 'allowed with braces'
${variable with spaces}
$env:PSModulePath += ";$PSScriptRoot\Modules"

function global:Write-RunLog {
    param([string] $Message)
    Write-Host "[$global:RunId] $Message"
}

function script:Step {
    param([string] $Name)
    $script:Processed++
    Write-RunLog "step $Name ($script:Processed)"
}

function local:Helper { 'local helper' }

filter Add-RunId {
    $_ | Add-Member -NotePropertyName RunId -NotePropertyValue $global:RunId -PassThru
}

filter Select-Large([long] $Minimum = 1MB) {
    if ($_.Length -ge $Minimum) { $_ }
}

Step 'one'
Step 'two'
Helper
Get-ChildItem -Path $env:TEMP -File -ErrorAction SilentlyContinue | Select-Large -Minimum 10KB | Select-Object -First 3 | Add-RunId |
    Select-Object Name, Length, RunId

Set-Variable -Name MaxRetries -Value 3 -Option ReadOnly -Scope Script -Force
Get-Variable -Name MaxRetries -ValueOnly
New-Variable -Name Constant -Value 'fixed' -Option Constant -ErrorAction SilentlyContinue
Remove-Variable -Name hidden -Scope Private -ErrorAction SilentlyContinue
Get-Item -Path Variable:\RunId | Select-Object Name, Value
Test-Path -Path Function:\Write-RunLog
(Get-Item Env:\COMPUTERNAME).Value
$ExecutionContext.SessionState.PSVariable.GetValue('Processed')
$PSDefaultParameterValues['Export-Csv:NoTypeInformation'] = $true
$PSDefaultParameterValues.Remove('Export-Csv:NoTypeInformation')
