<#
.SYNOPSIS
    Binds a new certificate to SMTP and sets it on the Internet-facing receive connectors.
.PARAMETER Thumbprint
    Thumbprint of the renewed certificate, already imported on every server.
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param (
    [Parameter(Mandatory)]
    [ValidatePattern('^[0-9A-F]{40}$')]
    [string]
    $Thumbprint,

    [Parameter()]
    [string[]]
    $Server = (Get-ExchangeServer | Where-Object IsMailboxServer).Name
)

foreach ($s in $Server) {
    $cert = Get-ExchangeCertificate -Server $s -Thumbprint $Thumbprint -ErrorAction SilentlyContinue
    if (-not $cert) {
        Write-Host "${s}: certificate $Thumbprint is not installed - skipped" -ForegroundColor Red
        continue
    }

    $tlsName = "<I>$($cert.Issuer)<S>$($cert.Subject)"

    if ($PSCmdlet.ShouldProcess($s, 'Enable-ExchangeCertificate -Services SMTP')) {
        Enable-ExchangeCertificate -Server $s -Thumbprint $Thumbprint -Services SMTP -DoNotRequireSsl -Force
    }

    $connectors = Get-ReceiveConnector -Server $s | Where-Object { $_.TlsCertificateName -or $_.Name -like 'Default Frontend*' }
    foreach ($rc in $connectors) {
        if ($PSCmdlet.ShouldProcess($rc.Identity, "TlsCertificateName = $tlsName")) {
            Set-ReceiveConnector -Identity $rc.Identity -TlsCertificateName $tlsName
        }
    }
}

Get-SendConnector | Where-Object { $_.TlsCertificateName } | ForEach-Object {
    Write-Host "Send connector '$($_.Name)' also names a certificate: $($_.TlsCertificateName)" -ForegroundColor Yellow
}
