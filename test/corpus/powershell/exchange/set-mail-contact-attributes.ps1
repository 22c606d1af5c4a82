# Stamps CustomAttribute1 (company) and hides contacts from the GAL according to a CSV.
$path = Join-Path $PSScriptRoot 'contact-updates.csv'
$updates = Import-Csv -Path $path

$updates | ForEach-Object {
    $hide = $false
    if ($_.Hide -match '^(1|yes|true)$') { $hide = $true }

    $splat = @{
        Identity                      = $_.Identity
        CustomAttribute1              = $_.Company
        HiddenFromAddressListsEnabled = $hide
    }

    Set-MailContact @splat -Confirm:$false
    Write-Host ("{0,-40} company={1} hidden={2}" -f $_.Identity, $_.Company, $hide)
}
