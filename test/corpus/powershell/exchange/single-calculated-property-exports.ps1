<#
    Small exports where one calculated property is all that is needed. Select-Object, Sort-Object
    and the Format cmdlets take a single hashtable as well as a list of them.
#>
param([string]$OutFolder = $env:TEMP)

# Just the SMTP addresses of all mailboxes, as plain strings, for another system's import.
Get-Mailbox -ResultSize Unlimited |
    Select-Object @{ Name = 'Address'; Expression = { $_.PrimarySmtpAddress.ToString().ToLower() } } |
    Export-Csv -Path (Join-Path $OutFolder 'addresses.csv') -NoTypeInformation

# Databases, largest first, sorted by a computed value.
Get-MailboxDatabase -Status |
    Sort-Object @{ Expression = { $_.DatabaseSize.ToBytes() }; Descending = $true } |
    Select-Object -First 5 Name, DatabaseSize

# A one-column table of queue identities padded for a ticket.
Get-Queue | Format-Table @{ Label = 'Queue (messages)'; Expression = { '{0} ({1})' -f $_.Identity, $_.MessageCount } }

# The certificate a connector uses, as a list entry.
Get-SendConnector | Format-List @{ Label = 'Connector and certificate'; Expression = { "$($_.Name): $($_.TlsCertificateName)" } }
