<#
.SYNOPSIS
    Sends a message with System.Net.Mail directly, with TLS, for testing a submission connector
    (Send-MailMessage cannot set every option).
#>
param(
    [string]$SmtpHost = 'mail.contoso.com',
    [int]$Port = 587,
    [Parameter(Mandatory = $true)][pscredential]$Credential,
    [Parameter(Mandatory = $true)][string]$To,
    [string]$AttachmentPath
)

$message = New-Object System.Net.Mail.MailMessage
$message.From = New-Object System.Net.Mail.MailAddress($Credential.UserName)
$message.To.Add($To)
$message.Subject = "Submission test from $env:COMPUTERNAME at $(Get-Date -Format 'HH:mm:ss')"
$message.IsBodyHtml = $false
$message.Body = @'
This is a test message sent over port 587 with STARTTLS.
If you can read it, authenticated submission works.
'@
$message.Headers.Add('X-Contoso-Test', 'submission')

if ($AttachmentPath) {
    $message.Attachments.Add((New-Object System.Net.Mail.Attachment($AttachmentPath)))
}

$client = New-Object System.Net.Mail.SmtpClient($SmtpHost, $Port)
$client.EnableSsl = $true
$client.Credentials = $Credential.GetNetworkCredential()
$client.Timeout = 30000

try {
    $client.Send($message)
    Write-Host "Sent to $To via ${SmtpHost}:$Port" -ForegroundColor Green
}
catch [System.Net.Mail.SmtpFailedRecipientException] {
    Write-Host "Recipient refused: $($_.Exception.FailedRecipient)" -ForegroundColor Red
}
catch [System.Net.Mail.SmtpException] {
    Write-Host "SMTP error $($_.Exception.StatusCode): $($_.Exception.Message)" -ForegroundColor Red
}
finally {
    $message.Dispose()
    $client.Dispose()
}
