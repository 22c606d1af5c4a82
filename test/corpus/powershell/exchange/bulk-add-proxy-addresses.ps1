# Adds a secondary SMTP address in a new domain to every mailbox listed in the CSV.
# CSV columns: Alias
param(
    [string]$CsvFile = 'C:\Scripts\aliases.csv',
    [string]$NewDomain = 'fabrikam.com',
    [switch]$WhatIf
)

$users = Import-Csv $CsvFile
$count = 0

foreach ($u in $users) {
    $address = "smtp:{0}@{1}" -f $u.Alias.Trim(), $NewDomain
    $mailbox = Get-Mailbox -Identity $u.Alias -ErrorAction SilentlyContinue

    if ($null -eq $mailbox) {
        Write-Host "No mailbox for alias '$($u.Alias)'" -ForegroundColor Red
        continue
    }

    if ($mailbox.EmailAddresses -contains $address) {
        Write-Host "$($u.Alias) already has $address" -ForegroundColor DarkGray
        continue
    }

    Set-Mailbox -Identity $mailbox.Identity -EmailAddresses @{ Add = $address } -WhatIf:$WhatIf
    $count++
}

Write-Host "Added $count addresses." -ForegroundColor Green
