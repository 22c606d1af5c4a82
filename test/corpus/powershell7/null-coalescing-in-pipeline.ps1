#requires -Version 7.0
$users = @(
    [pscustomobject]@{ Name = 'Ann'; Department = 'IT'; Manager = 'Zoe' }
    [pscustomobject]@{ Name = 'Bob'; Department = $null; Manager = $null }
    [pscustomobject]@{ Name = 'Cyd'; Department = 'HR'; Manager = $null }
)

$users | ForEach-Object {
    [pscustomobject]@{
        Name       = $_.Name
        Department = $_.Department ?? '(unassigned)'
        Manager    = $_.Manager ?? $_.Department ?? 'nobody'
    }
} | Format-Table -AutoSize

$lookup = @{}
foreach ($u in $users) {
    $key = $u.Department ?? 'none'
    $lookup[$key] ??= [System.Collections.Generic.List[string]]::new()
    $lookup[$key].Add($u.Name)
}
$lookup.Keys | Sort-Object | ForEach-Object { "$_ : $($lookup[$_] -join ', ')" }
