<#
.SYNOPSIS
    Updates Department, Title, Office and Phone from the HR export, only where they differ.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)][string]$HrCsv
)

$map = [ordered]@{
    Department = 'Dept'
    Title      = 'JobTitle'
    Office     = 'Location'
    Phone      = 'WorkPhone'
}

$changes = 0
foreach ($person in Import-Csv -Path $HrCsv) {
    $user = Get-User -Identity $person.Email -ErrorAction SilentlyContinue
    if (-not $user) { Write-Verbose "No user for $($person.Email)"; continue }

    $update = @{}
    foreach ($attribute in $map.Keys) {
        $new = $person.($map[$attribute])
        if ([string]::IsNullOrWhiteSpace($new)) { continue }
        if ("$($user.$attribute)" -cne $new.Trim()) { $update[$attribute] = $new.Trim() }
    }

    if ($update.Count -eq 0) { continue }
    $summary = ($update.GetEnumerator() | ForEach-Object { "$($_.Key)='$($_.Value)'" }) -join ', '
    if ($PSCmdlet.ShouldProcess($person.Email, $summary)) {
        Set-User -Identity $user.Identity @update
        $changes++
    }
}
"$changes users updated"
