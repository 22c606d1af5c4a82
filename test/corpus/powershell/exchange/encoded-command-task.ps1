# Builds a scheduled task whose action is an -EncodedCommand, avoiding quoting problems with
# paths that contain spaces and quotes.
$command = @'
Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn
$busy = Get-Queue | Where-Object { $_.MessageCount -gt 200 }
if ($busy) {
    $body = $busy | Format-Table Identity, MessageCount, Status -AutoSize | Out-String
    Send-MailMessage -SmtpServer localhost -From 'queues@contoso.com' -To 'oncall@contoso.com' -Subject "Queue alert on $env:COMPUTERNAME" -Body $body
}
'@

$encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($command))
Write-Verbose "Encoded length: $($encoded.Length)"

$action = New-ScheduledTaskAction -Execute "$env:SystemRoot\System32\WindowsPowerShell\v1.0\powershell.exe" `
    -Argument "-NoProfile -NonInteractive -EncodedCommand $encoded"
$trigger = New-ScheduledTaskTrigger -Once -At (Get-Date).Date.AddMinutes(5) -RepetitionInterval (New-TimeSpan -Minutes 15) -RepetitionDuration ([TimeSpan]::FromDays(3650))
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest

Register-ScheduledTask -TaskName 'Exchange queue alert' -Action $action -Trigger $trigger -Principal $principal -Force | Out-Null

# Decode to check what the task will run:
[Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($encoded)) -split "`n" | Select-Object -First 3
