[CmdletBinding()]
param(
    [string] $SmtpServer = 'relay.contoso.local',
    [int] $Port = 25,
    [string] $From = "monitor@$($env:USERDNSDOMAIN)".ToLower(),
    [string[]] $To = @('ops@contoso.com'),
    [switch] $EnableSsl,
    [pscredential] $Credential
)

$message = New-Object System.Net.Mail.MailMessage
$message.From = New-Object System.Net.Mail.MailAddress($From, 'Transport monitor')
foreach ($r in $To) { $message.To.Add($r) }
$message.Subject = "Relay test from $env:COMPUTERNAME at $(Get-Date -Format 'HH:mm:ss')"
$message.IsBodyHtml = $true
$message.Body = "<p>This is a test through <b>${SmtpServer}:$Port</b>.</p>"
$message.Headers.Add('X-Contoso-Test', [guid]::NewGuid().ToString())
$message.Priority = [System.Net.Mail.MailPriority]::Low

$attachmentPath = Join-Path $env:TEMP 'relay-test.txt'
"Attachment generated $(Get-Date)" | Set-Content -Path $attachmentPath
$message.Attachments.Add((New-Object System.Net.Mail.Attachment($attachmentPath)))

$client = New-Object System.Net.Mail.SmtpClient($SmtpServer, $Port)
$client.EnableSsl = [bool]$EnableSsl
$client.Timeout = 15000
if ($Credential) {
    $client.Credentials = $Credential.GetNetworkCredential()
}
else {
    $client.UseDefaultCredentials = $true
}

try {
    $client.Send($message)
    'Sent to {0}' -f ($To -join ', ')
}
catch [System.Net.Mail.SmtpFailedRecipientsException] {
    foreach ($inner in $_.Exception.InnerExceptions) { Write-Warning "$($inner.FailedRecipient): $($inner.StatusCode)" }
}
catch [System.Net.Mail.SmtpException] {
    Write-Warning "SMTP error $($_.Exception.StatusCode): $($_.Exception.Message)"
}
finally {
    $message.Dispose()
    $client.Dispose()
    Remove-Item $attachmentPath -ErrorAction SilentlyContinue
}
