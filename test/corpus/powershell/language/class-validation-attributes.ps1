class MailboxRequest {
    [ValidateNotNullOrEmpty()]
    [string] $Alias

    [ValidatePattern('^[^@]+@[^@]+\.[a-z]{2,}$')]
    [string] $Address

    [ValidateRange(1, 100)]
    [int] $QuotaGB = 50

    [ValidateSet('User', 'Shared', 'Room', 'Equipment')]
    [string] $Type = 'User'

    [string[]] $Members = @()

    MailboxRequest([hashtable] $values) {
        foreach ($key in $values.Keys) {
            $this.$key = $values[$key]
        }
    }

    [string] Describe() {
        $text = "$($this.Type) mailbox '$($this.Alias)' <$($this.Address)> with $($this.QuotaGB) GB"
        if ($this.Members.Count) {
            $text += "; members: " + ($this.Members -join ', ')
        }
        return $text
    }
}

$requests = @(
    @{ Alias = 'helpdesk'; Address = 'helpdesk@contoso.com'; Type = 'Shared'; Members = 'ann', 'bob' }
    @{ Alias = 'room-4a'; Address = 'room4a@contoso.com'; Type = 'Room'; QuotaGB = 5 }
    @{ Alias = 'bad'; Address = 'not-an-address' }
)

foreach ($r in $requests) {
    try {
        $req = [MailboxRequest]::new($r)
        $req.Describe()
    }
    catch [System.Management.Automation.ValidationMetadataException] {
        Write-Warning "Rejected $($r.Alias): $($_.Exception.Message)"
    }
    catch {
        Write-Warning "Rejected $($r.Alias): $_"
    }
}
