<#
.SYNOPSIS
    Finds SMTP proxy addresses used by more than one recipient.
#>
[CmdletBinding()]
param()

$owners = @{}
$recipients = Get-Recipient -ResultSize Unlimited

foreach ($r in $recipients) {
    foreach ($proxy in $r.EmailAddresses) {
        $text = "$proxy"
        if ($text -notmatch '^smtp:(?<addr>.+)$') { continue }
        $key = $Matches.addr.ToLowerInvariant()
        if ($owners.ContainsKey($key)) {
            $owners[$key] += , $r.Identity.ToString()
        }
        else {
            $owners[$key] = @($r.Identity.ToString())
        }
    }
}

$dups = $owners.GetEnumerator() | Where-Object { $_.Value.Count -gt 1 }
Write-Verbose "Checked $($owners.Count) addresses on $($recipients.Count) recipients"

foreach ($d in $dups) {
    Write-Host $d.Key -ForegroundColor Yellow
    $d.Value | ForEach-Object { Write-Host "    $_" }
}
if (-not $dups) { Write-Host 'No duplicates.' -ForegroundColor Green }
