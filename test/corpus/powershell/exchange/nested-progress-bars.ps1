# Two-level progress: servers outside, databases inside.
$servers = @(Get-ExchangeServer | Where-Object IsMailboxServer | Sort-Object Name)
$rows = New-Object System.Collections.Generic.List[object]

for ($i = 0; $i -lt $servers.Count; $i++) {
    $server = $servers[$i]
    Write-Progress -Id 1 -Activity 'Servers' -Status $server.Name -PercentComplete ($i * 100 / $servers.Count)

    $dbs = @(Get-MailboxDatabase -Server $server.Name -Status)
    for ($j = 0; $j -lt $dbs.Count; $j++) {
        $db = $dbs[$j]
        Write-Progress -Id 2 -ParentId 1 -Activity 'Databases' -Status $db.Name -PercentComplete ($j * 100 / [math]::Max(1, $dbs.Count))
        $count = @(Get-Mailbox -Database $db.Name -ResultSize Unlimited).Count
        $rows.Add([pscustomobject]@{ Server = $server.Name; Database = $db.Name; Mailboxes = $count; Mounted = $db.Mounted })
    }
    Write-Progress -Id 2 -ParentId 1 -Activity 'Databases' -Completed
}
Write-Progress -Id 1 -Activity 'Servers' -Completed

$rows | Format-Table -AutoSize
