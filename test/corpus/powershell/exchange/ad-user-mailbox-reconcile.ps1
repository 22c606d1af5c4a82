#requires -Modules ActiveDirectory
# Disabled AD accounts that still have a mailbox with a forwarding address or send-as delegates.
$searchBase = 'OU=Leavers,DC=contoso,DC=com'

$disabled = Get-ADUser -Filter { Enabled -eq $false -and mail -like '*' } -SearchBase $searchBase -Properties mail, whenChanged, msExchRecipientTypeDetails

$report = foreach ($user in $disabled) {
    $mbx = Get-Mailbox -Identity $user.DistinguishedName -ErrorAction SilentlyContinue
    if (-not $mbx) { continue }

    [pscustomobject]@{
        User          = $user.SamAccountName
        Mail          = $user.mail
        DisabledSince = $user.whenChanged
        Forwarding    = $mbx.ForwardingSmtpAddress
        HiddenFromGAL = $mbx.HiddenFromAddressListsEnabled
        Type          = switch ($user.msExchRecipientTypeDetails) { 1 { 'UserMailbox' } 4 { 'SharedMailbox' } 2147483648 { 'RemoteUserMailbox' } default { "$_" } }
    }
}

$report | Sort-Object DisabledSince | Format-Table -AutoSize
$report | Where-Object { -not $_.HiddenFromGAL } | ForEach-Object {
    Set-Mailbox -Identity $_.Mail -HiddenFromAddressListsEnabled $true -WhatIf
}
