[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Container })]
    [string] $Path,

    [string] $Identity = 'CONTOSO\Exchange Log Readers',

    [System.Security.AccessControl.FileSystemRights] $Rights = 'ReadAndExecute, Synchronize'
)

$acl = Get-Acl -LiteralPath $Path
"Owner: $($acl.Owner)"
$acl.Access | Select-Object IdentityReference, FileSystemRights, AccessControlType, IsInherited, InheritanceFlags |
    Sort-Object IdentityReference | Format-Table -AutoSize

$inherit = [System.Security.AccessControl.InheritanceFlags]'ContainerInherit, ObjectInherit'
$propagate = [System.Security.AccessControl.PropagationFlags]::None
$rule = New-Object System.Security.AccessControl.FileSystemAccessRule($Identity, $Rights, $inherit, $propagate, 'Allow')

$already = $acl.Access | Where-Object {
    $_.IdentityReference -eq $Identity -and ($_.FileSystemRights -band $Rights) -eq $Rights -and $_.AccessControlType -eq 'Allow'
}
if ($already) {
    "$Identity already has $Rights on $Path"
}
elseif ($PSCmdlet.ShouldProcess($Path, "Grant $Rights to $Identity")) {
    $acl.AddAccessRule($rule)
    Set-Acl -LiteralPath $Path -AclObject $acl
}

$acl.SetAccessRuleProtection($false, $true)
$sddl = $acl.Sddl
'SDDL is {0} characters' -f $sddl.Length
$everyone = [System.Security.Principal.SecurityIdentifier]::new([System.Security.Principal.WellKnownSidType]::WorldSid, $null)
$everyone.Translate([System.Security.Principal.NTAccount]).Value
$current = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $current.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) { Write-Warning 'Not elevated' }
