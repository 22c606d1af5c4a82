[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
    [string[]]$Identity,

    [string[]]$GrantFullAccessTo = @()
)

process {
    foreach ($id in $Identity) {
        $mbx = Get-Mailbox -Identity $id -ErrorAction SilentlyContinue
        if (-not $mbx) { Write-Warning "No mailbox '$id'"; continue }
        if ($mbx.RecipientTypeDetails -eq 'SharedMailbox') { Write-Verbose "$id is already shared"; continue }

        if ($PSCmdlet.ShouldProcess($mbx.PrimarySmtpAddress, 'Convert to shared mailbox')) {
            Set-Mailbox -Identity $mbx.Identity -Type Shared
            foreach ($user in $GrantFullAccessTo) {
                Add-MailboxPermission -Identity $mbx.Identity -User $user -AccessRights FullAccess -InheritanceType All -AutoMapping $false | Out-Null
                Add-RecipientPermission -Identity $mbx.Identity -Trustee $user -AccessRights SendAs -Confirm:$false -ErrorAction SilentlyContinue | Out-Null
            }
            Write-Host "$($mbx.PrimarySmtpAddress) converted" -ForegroundColor Green
        }
    }
}
