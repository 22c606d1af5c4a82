[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$Root = '\Shared Inboxes',
    [string[]]$Names = @('Invoices', 'Complaints', 'Press')
)

# Creates mail-enabled public folders under a root and grants the team Author rights.
if (-not (Get-PublicFolder -Identity $Root -ErrorAction SilentlyContinue)) {
    $parent = Split-Path -Path $Root -Parent
    if (-not $parent) { $parent = '\' }
    New-PublicFolder -Name (Split-Path -Path $Root -Leaf) -Path $parent | Out-Null
}

foreach ($n in $Names) {
    $path = "$Root\$n"
    if (-not (Get-PublicFolder -Identity $path -ErrorAction SilentlyContinue)) {
        if ($PSCmdlet.ShouldProcess($path, 'New-PublicFolder')) {
            New-PublicFolder -Name $n -Path $Root | Out-Null
        }
    }
    if ($PSCmdlet.ShouldProcess($path, 'Enable-MailPublicFolder')) {
        Enable-MailPublicFolder -Identity $path -ErrorAction SilentlyContinue
        Add-PublicFolderClientPermission -Identity $path -User "Team-$n" -AccessRights Author -ErrorAction SilentlyContinue | Out-Null
    }
}

Get-MailPublicFolder -ResultSize Unlimited | Where-Object { $_.EntryId } |
    Select-Object Name, PrimarySmtpAddress, HiddenFromAddressListsEnabled | Format-Table -AutoSize
