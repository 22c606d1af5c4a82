[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$RuleName = 'External disclaimer',
    [string]$Company = 'Contoso Ltd'
)

$disclaimer = @"
<p style="font-size:8pt;color:#666">
This message is from $Company. It may contain confidential information.
If you received it in error, please tell the sender and delete it.
</p>
"@

$ruleParams = @{
    Name                              = $RuleName
    SentToScope                       = 'NotInOrganization'
    FromScope                         = 'InOrganization'
    ApplyHtmlDisclaimerLocation       = 'Append'
    ApplyHtmlDisclaimerText           = $disclaimer
    ApplyHtmlDisclaimerFallbackAction = 'Wrap'
    ExceptIfSubjectContainsWords      = 'Out of Office', 'Automatic reply'
    Mode                              = 'Enforce'
    Priority                          = 0
}

$existing = Get-TransportRule -Identity $RuleName -ErrorAction SilentlyContinue
if ($existing) {
    $ruleParams.Remove('Name')
    if ($PSCmdlet.ShouldProcess($RuleName, 'Update disclaimer rule')) {
        Set-TransportRule -Identity $RuleName @ruleParams
    }
}
elseif ($PSCmdlet.ShouldProcess($RuleName, 'Create disclaimer rule')) {
    New-TransportRule @ruleParams | Format-List Name, State, Priority
}
