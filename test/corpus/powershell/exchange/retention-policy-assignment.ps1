[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$PolicyName,

    [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
    [Alias('UserPrincipalName', 'PrimarySmtpAddress')]
    [string[]]$Identity,

    [switch]$StartAssistant
)

begin {
    $policy = Get-RetentionPolicy -Identity $PolicyName -ErrorAction Stop
    Write-Verbose "Policy $($policy.Name) has tags: $($policy.RetentionPolicyTagLinks -join ', ')"
    $done = 0
}

process {
    foreach ($id in $Identity) {
        if ($PSCmdlet.ShouldProcess($id, "Assign retention policy $($policy.Name)")) {
            Set-Mailbox -Identity $id -RetentionPolicy $policy.Name
            if ($StartAssistant) {
                Start-ManagedFolderAssistant -Identity $id
            }
            $done++
        }
    }
}

end {
    Write-Host "$done mailboxes now use '$($policy.Name)'." -ForegroundColor Green
}
