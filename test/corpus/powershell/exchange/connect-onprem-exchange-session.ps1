# Opens a remote session to an on-premises Exchange server and imports its cmdlets with a prefix,
# so the on-prem cmdlets (Get-OnPremMailbox) can sit next to Exchange Online ones.
param(
    [string]$ExchangeServer = 'ex01.contoso.local',
    [string]$Prefix = 'OnPrem',
    [System.Management.Automation.PSCredential]$Credential = (Get-Credential -Message 'Exchange admin')
)

$existing = Get-PSSession | Where-Object {
    $_.ConfigurationName -eq 'Microsoft.Exchange' -and $_.ComputerName -eq $ExchangeServer -and $_.State -eq 'Opened'
}

if ($existing) {
    Write-Host "Re-using session $($existing[0].Id) to $ExchangeServer" -ForegroundColor DarkCyan
    $session = $existing[0]
}
else {
    $sessionOptions = New-PSSessionOption -SkipRevocationCheck -OpenTimeout 60000
    $session = New-PSSession -ConfigurationName Microsoft.Exchange `
        -ConnectionUri "http://$ExchangeServer/PowerShell/" `
        -Authentication Kerberos `
        -Credential $Credential `
        -SessionOption $sessionOptions
}

Import-PSSession -Session $session -Prefix $Prefix -DisableNameChecking -AllowClobber | Out-Null
Write-Host "Imported cmdlets with prefix '$Prefix'. Try Get-${Prefix}Mailbox." -ForegroundColor Green
