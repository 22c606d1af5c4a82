# Sets language, time zone and date formats for all mailboxes of a country office.
param(
    [Parameter(Mandatory)][ValidateSet('DE', 'FR', 'NL', 'GB')][string]$Country
)

$settings = switch ($Country) {
    'DE' { @{ Language = 'de-DE'; TimeZone = 'W. Europe Standard Time'; DateFormat = 'dd.MM.yyyy'; TimeFormat = 'HH:mm' } }
    'FR' { @{ Language = 'fr-FR'; TimeZone = 'Romance Standard Time'; DateFormat = 'dd/MM/yyyy'; TimeFormat = 'HH:mm' } }
    'NL' { @{ Language = 'nl-NL'; TimeZone = 'W. Europe Standard Time'; DateFormat = 'd-M-yyyy'; TimeFormat = 'HH:mm' } }
    'GB' { @{ Language = 'en-GB'; TimeZone = 'GMT Standard Time'; DateFormat = 'dd/MM/yyyy'; TimeFormat = 'HH:mm' } }
}

$mailboxes = Get-Mailbox -ResultSize Unlimited -Filter "CountryOrRegion -eq '$Country'"
foreach ($m in $mailboxes) {
    Set-MailboxRegionalConfiguration -Identity $m.Identity @settings -LocalizeDefaultFolderName:$true
}
"{0} mailboxes set to {1}" -f @($mailboxes).Count, $settings.Language
