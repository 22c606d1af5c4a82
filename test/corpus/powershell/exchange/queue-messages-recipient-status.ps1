[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$Queue
)

# Messages in a queue with each recipient's status and last error (needs -IncludeRecipientInfo).
$messages = Get-Message -Queue $Queue -IncludeRecipientInfo -ResultSize 500

foreach ($m in $messages) {
    Write-Host ("{0} from {1} ({2:N0} KB) - {3}" -f $m.Identity, $m.FromAddress, ($m.Size.ToBytes() / 1KB), $m.Subject) -ForegroundColor Cyan
    foreach ($r in $m.Recipients) {
        $colour = switch -Regex ("$($r.Status)") {
            'Ready|Complete' { 'Green' }
            'Retry'          { 'Yellow' }
            default          { 'Red' }
        }
        Write-Host ("    {0,-40} {1,-10} {2}" -f $r.Address, $r.Status, $r.LastError) -ForegroundColor $colour
    }
}
