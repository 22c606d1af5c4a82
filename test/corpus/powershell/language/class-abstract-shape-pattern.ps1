# PowerShell has no abstract keyword; a base method that throws is the usual stand-in.
class ReportSection {
    [string] $Title

    ReportSection([string] $title) {
        if ($this.GetType() -eq [ReportSection]) {
            throw [System.InvalidOperationException]::new('ReportSection must be inherited')
        }
        $this.Title = $title
    }

    [string[]] RenderBody() {
        throw [System.NotImplementedException]::new("$($this.GetType().Name) must override RenderBody")
    }

    [string] Render() {
        $lines = [System.Collections.Generic.List[string]]::new()
        $lines.Add("== $($this.Title) ==")
        foreach ($l in $this.RenderBody()) { $lines.Add("  $l") }
        return $lines -join [Environment]::NewLine
    }
}

class DiskSection : ReportSection {
    DiskSection() : base('Disks') { }

    [string[]] RenderBody() {
        return @(Get-PSDrive -PSProvider FileSystem | ForEach-Object {
            '{0}: {1:N1} GB free' -f $_.Name, ($_.Free / 1GB)
        })
    }
}

class UptimeSection : ReportSection {
    UptimeSection() : base('Uptime') { }

    [string[]] RenderBody() {
        $boot = (Get-CimInstance -ClassName Win32_OperatingSystem).LastBootUpTime
        $span = (Get-Date) - $boot
        return , ('{0}d {1}h {2}m' -f $span.Days, $span.Hours, $span.Minutes)
    }
}

[ReportSection[]] $sections = [DiskSection]::new(), [UptimeSection]::new()
$sections.ForEach({ $_.Render() }) | Out-String | Write-Output
