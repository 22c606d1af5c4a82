#requires -RunAsAdministrator
param(
    [string] $TaskName = 'Queue Report',
    [string] $TaskPath = '\Contoso\',
    [string] $Script = 'C:\Scripts\queue-report.ps1',
    [timespan] $At = '06:30'
)

$action = New-ScheduledTaskAction -Execute 'powershell.exe' `
    -Argument "-NoProfile -ExecutionPolicy Bypass -File `"$Script`"" `
    -WorkingDirectory (Split-Path $Script)
$triggers = @(
    New-ScheduledTaskTrigger -Daily -At ([datetime]::Today.Add($At))
    New-ScheduledTaskTrigger -AtStartup
)
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -RestartCount 3 -RestartInterval (New-TimeSpan -Minutes 5) `
    -ExecutionTimeLimit (New-TimeSpan -Hours 1) -MultipleInstances IgnoreNew
$principal = New-ScheduledTaskPrincipal -UserId 'NT AUTHORITY\SYSTEM' -LogonType ServiceAccount -RunLevel Highest

$existing = Get-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath -ErrorAction SilentlyContinue
if ($existing) {
    Set-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath -Action $action -Trigger $triggers -Settings $settings | Out-Null
    "Updated $TaskPath$TaskName"
}
else {
    Register-ScheduledTask -TaskName $TaskName -TaskPath $TaskPath -Action $action -Trigger $triggers `
        -Settings $settings -Principal $principal -Description 'Daily transport queue report' | Out-Null
    "Registered $TaskPath$TaskName"
}

$info = Get-ScheduledTaskInfo -TaskName $TaskName -TaskPath $TaskPath
'Last run {0} result 0x{1:X}; next run {2}' -f $info.LastRunTime, $info.LastTaskResult, $info.NextRunTime
Get-ScheduledTask -TaskPath $TaskPath | Select-Object TaskName, State, @{ n = 'Triggers'; e = { $_.Triggers.Count } }
