#requires -Version 7.0
class DiskCheck {
    [string] $Drive
    [double] $FreePercent

    DiskCheck([string] $drive, [double] $free) {
        $this.Drive = $drive
        $this.FreePercent = $free
    }

    [string] Verdict() {
        return $this.FreePercent -lt 10 ? 'critical' : $this.FreePercent -lt 20 ? 'warning' : 'ok'
    }

    [string] Label() {
        return "$($this.Drive) $($this.Verdict()) ($($this.FreePercent ?? 0)% free)"
    }
}

$checks = Get-PSDrive -PSProvider FileSystem | ForEach-Object {
    $total = $_.Used + $_.Free
    [DiskCheck]::new($_.Name, $total ? [math]::Round($_.Free / $total * 100, 1) : 0)
}
$checks.ForEach({ $_.Label() })
