[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [ValidateScript({ if (Test-Path $_) { $true } else { throw "CSV '$_' not found." } })]
    [string]$Path
)

# CSV columns: Mailbox, Delegate, Rights (FullAccess, SendAs, SendOnBehalf; several separated by |)
foreach ($row in Import-Csv -Path $Path) {
    $rights = $row.Rights -split '\|' | ForEach-Object { $_.Trim() } | Where-Object { $_ }

    foreach ($right in $rights) {
        if (-not $PSCmdlet.ShouldProcess("$($row.Mailbox) -> $($row.Delegate)", $right)) { continue }
        try {
            switch ($right) {
                'FullAccess' {
                    Add-MailboxPermission -Identity $row.Mailbox -User $row.Delegate -AccessRights FullAccess -InheritanceType All -ErrorAction Stop | Out-Null
                }
                'SendAs' {
                    $dn = (Get-Mailbox -Identity $row.Mailbox).DistinguishedName
                    Add-ADPermission -Identity $dn -User $row.Delegate -ExtendedRights 'Send As' -ErrorAction Stop | Out-Null
                }
                'SendOnBehalf' {
                    Set-Mailbox -Identity $row.Mailbox -GrantSendOnBehalfTo @{ Add = $row.Delegate } -ErrorAction Stop
                }
                default {
                    throw "Unknown right '$right' for $($row.Mailbox). Use FullAccess, SendAs or SendOnBehalf."
                }
            }
            Write-Host "OK   $($row.Mailbox) $right $($row.Delegate)" -ForegroundColor Green
        }
        catch {
            Write-Host "FAIL $($row.Mailbox) $right $($row.Delegate): $($_.Exception.Message)" -ForegroundColor Red
        }
    }
}
