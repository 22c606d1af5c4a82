# Groups recipients by e-mail domain into a dictionary of lists, with generic types written out.
$byDomain = New-Object 'System.Collections.Generic.Dictionary[string,System.Collections.Generic.List[string]]' ([StringComparer]::OrdinalIgnoreCase)

foreach ($r in Get-Recipient -ResultSize Unlimited -RecipientTypeDetails UserMailbox, MailContact, MailUser) {
    $address = "$($r.PrimarySmtpAddress)"
    if (-not $address.Contains('@')) { continue }
    $domain = $address.Substring($address.IndexOf('@') + 1)

    $list = $null
    if (-not $byDomain.TryGetValue($domain, [ref]$list)) {
        $list = [System.Collections.Generic.List[string]]::new()
        $byDomain.Add($domain, $list)
    }
    $list.Add($address)
}

$counts = [System.Collections.Generic.SortedDictionary[int, string[]]]::new()
foreach ($pair in $byDomain.GetEnumerator()) {
    $n = -1 * $pair.Value.Count   # negative so the biggest domain sorts first
    if ($counts.ContainsKey($n)) { $counts[$n] += $pair.Key } else { $counts[$n] = @($pair.Key) }
}

foreach ($entry in $counts.GetEnumerator()) {
    '{0,6}  {1}' -f (-$entry.Key), ($entry.Value -join ', ')
}
