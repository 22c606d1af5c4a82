[CmdletBinding(SupportsShouldProcess = $true)]
param()

# Organisation-wide transport settings the security baseline asks for.
$settings = @{
    ShadowRedundancyEnabled          = $true
    ShadowMessagePreferenceSetting   = 'PreferRemote'
    RejectMessageOnShadowFailure     = $false
    SafetyNetHoldTime                = '2.00:00:00'
    MaxDumpsterTime                  = '7.00:00:00'
    ExternalPostmasterAddress        = 'postmaster@contoso.com'
    InternalSMTPServers              = '10.0.1.10', '10.0.1.11'
    GenerateCopyOfDSNFor             = '5.4.8', '5.4.6', '5.4.4', '5.2.4', '5.2.0', '5.1.4'
    MaxRecipientEnvelopeLimit        = 500
    MaxSendSize                      = '35MB'
    MaxReceiveSize                   = '36MB'
    ExternalDsnReportingAuthority    = 'mail.contoso.com'
    InternalDsnSendHtml              = $true
    TLSReceiveDomainSecureList       = 'fabrikam.com'
    TLSSendDomainSecureList          = 'fabrikam.com'
}

if ($PSCmdlet.ShouldProcess('Transport configuration', 'Apply baseline')) {
    Set-TransportConfig @settings
}

$current = Get-TransportConfig
foreach ($key in $settings.Keys | Sort-Object) {
    $want = ($settings[$key] | ForEach-Object { "$_" }) -join ','
    $have = ($current.$key | ForEach-Object { "$_" }) -join ','
    $mark = if ($want -eq $have) { 'ok ' } else { 'DIFF' }
    '{0} {1,-34} {2}' -f $mark, $key, $have
}
