# Address book policies per company (CustomAttribute1), creating missing ones from a template.
param(
    [string[]]$Companies = @('Contoso', 'Fabrikam')
)

foreach ($company in $Companies) {
    $abpName = "ABP-$company"
    if (-not (Get-AddressBookPolicy -Identity $abpName -ErrorAction SilentlyContinue)) {
        $filter = "CustomAttribute1 -eq '$company'"
        $gal = New-GlobalAddressList -Name "GAL-$company" -RecipientFilter $filter
        $al = New-AddressList -Name "AL-$company-Users" -RecipientFilter "($filter) -and (RecipientType -eq 'UserMailbox')"
        $rooms = New-AddressList -Name "AL-$company-Rooms" -RecipientFilter "($filter) -and (RecipientDisplayType -eq 'ConferenceRoomMailbox')"
        $oab = New-OfflineAddressBook -Name "OAB-$company" -AddressLists $gal.Identity
        New-AddressBookPolicy -Name $abpName -GlobalAddressList $gal.Identity -AddressLists $al.Identity -RoomList $rooms.Identity -OfflineAddressBook $oab.Identity | Out-Null
        Write-Host "Created $abpName" -ForegroundColor Green
    }

    Get-Mailbox -ResultSize Unlimited -Filter "CustomAttribute1 -eq '$company'" |
        Where-Object { "$($_.AddressBookPolicy)" -ne $abpName } |
        Set-Mailbox -AddressBookPolicy $abpName
}
