# A class that implements IComparable so mailbox size records sort by size with Sort-Object
# and [Array]::Sort without a script block.
class MailboxSize : System.IComparable {
    [string]$Name
    [long]$Bytes

    MailboxSize([string]$name, [long]$bytes) {
        $this.Name = $name
        $this.Bytes = $bytes
    }

    [int] CompareTo([object]$other) {
        if ($null -eq $other) { return 1 }
        return $this.Bytes.CompareTo(([MailboxSize]$other).Bytes)
    }

    [string] ToString() {
        return '{0} ({1:N0} MB)' -f $this.Name, ($this.Bytes / 1MB)
    }

    static [MailboxSize] FromStatistics([object]$stats) {
        $text = "$($stats.TotalItemSize)"
        $bytes = 0L
        if ($text -match '\(([\d,]+) bytes\)') { $bytes = [long]($Matches[1] -replace ',', '') }
        return [MailboxSize]::new($stats.DisplayName, $bytes)
    }
}

$sizes = [System.Collections.Generic.List[MailboxSize]]::new()
Get-Mailbox -ResultSize 500 | Get-MailboxStatistics | ForEach-Object {
    $sizes.Add([MailboxSize]::FromStatistics($_))
}

$sizes.Sort()
$sizes.Reverse()
$sizes.GetRange(0, [math]::Min(10, $sizes.Count)) | ForEach-Object { $_.ToString() }
