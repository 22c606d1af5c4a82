<#
    Creates or updates a rule that rejects inbound mail carrying risky attachment extensions.
    The list of extensions lives in one place ($blocked) so it is easy to review.
#>
param(
    [string]$Name = 'Block risky attachments',
    [switch]$AuditOnly
)

$blocked = 'ace', 'ani', 'app', 'bat', 'cmd', 'com', 'cpl', 'exe', 'hta', 'ins', 'isp', 'jar', 'js', 'jse',
    'lib', 'lnk', 'mde', 'msc', 'msi', 'msp', 'mst', 'pif', 'scr', 'sct', 'shb', 'sys', 'vb', 'vbe', 'vbs', 'vxd',
    'wsc', 'wsf', 'wsh'

$mode = if ($AuditOnly) { 'AuditAndNotify' } else { 'Enforce' }

$settings = @{
    FromScope                        = 'NotInOrganization'
    AttachmentExtensionMatchesWords  = $blocked
    RejectMessageReasonText          = 'Attachments of this type are not accepted. Send them in a zip with a password instead.'
    RejectMessageEnhancedStatusCode  = '5.7.1'
    Mode                             = $mode
    StopRuleProcessing               = $true
}

if (Get-TransportRule -Identity $Name -ErrorAction SilentlyContinue) {
    Set-TransportRule -Identity $Name @settings
    Write-Host "Updated '$Name' ($($blocked.Count) extensions, mode $mode)"
}
else {
    New-TransportRule -Name $Name @settings | Out-Null
    Write-Host "Created '$Name' ($($blocked.Count) extensions, mode $mode)"
}
