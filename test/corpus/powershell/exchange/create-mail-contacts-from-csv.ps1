[CmdletBinding()]
param(
    [Parameter(Mandatory = $true, Position = 0)]
    [string]$CsvPath,

    [string]$OrganizationalUnit = 'contoso.com/External Contacts'
)

$contacts = Import-Csv -Path $CsvPath -Delimiter ';'
$created = 0; $skipped = 0

foreach ($c in $contacts) {
    $existing = Get-MailContact -Identity $c.Email -ErrorAction SilentlyContinue
    if ($existing) {
        $skipped++
        Write-Verbose "Contact $($c.Email) exists as $($existing.Name)"
        continue
    }

    $name = "$($c.FirstName) $($c.LastName)".Trim()
    $newParams = @{
        Name                 = $name
        DisplayName          = "$name (External)"
        FirstName            = $c.FirstName
        LastName             = $c.LastName
        ExternalEmailAddress = "SMTP:$($c.Email)"
        OrganizationalUnit   = $OrganizationalUnit
    }

    try {
        New-MailContact @newParams -ErrorAction Stop | Out-Null
        $created++
    }
    catch [System.Management.Automation.RemoteException] {
        Write-Warning "Exchange refused $($c.Email): $($_.Exception.Message)"
    }
    catch {
        Write-Warning "Unexpected failure for $($c.Email): $_"
    }
}

"Created: $created  Skipped: $skipped"
