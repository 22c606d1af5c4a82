param(
    [string] $RuleName = 'External disclaimer',
    [string] $Department = 'Legal'
)

$html = @"
<div style="font-family:Segoe UI,Arial;font-size:9pt;color:#666">
<hr/>
This message was sent by the $Department department of Contoso Ltd.
If you received it in error, delete it and tell the sender.
</div>
"@

$ruleParams = @{
    Name                              = $RuleName
    FromScope                         = 'InOrganization'
    SentToScope                       = 'NotInOrganization'
    ApplyHtmlDisclaimerLocation       = 'Append'
    ApplyHtmlDisclaimerText           = $html
    ApplyHtmlDisclaimerFallbackAction = 'Wrap'
    ExceptIfSubjectOrBodyContainsWords = '[no disclaimer]'
    Mode                              = 'Enforce'
    Priority                          = 0
}

$rule = Get-TransportRule -Identity $RuleName -ErrorAction SilentlyContinue
if ($null -eq $rule) {
    New-TransportRule @ruleParams | Out-Null
    "Created rule '$RuleName'"
}
else {
    $ruleParams.Remove('Name')
    Set-TransportRule -Identity $RuleName @ruleParams
    "Updated rule '$RuleName'"
}

Get-TransportRule | Sort-Object Priority | Select-Object Priority, Name, State, Mode | Format-Table -AutoSize
$blocked = 'exe', 'js', 'vbs', 'scr' | ForEach-Object { ".$_" }
"Attachment extensions to watch: $($blocked -join ' ')"
