# Classes can implement .NET interfaces; the method signatures must match exactly.
class ServerVersion : System.IComparable {
    [int] $Major
    [int] $Minor
    [int] $Build

    ServerVersion([string] $text) {
        $parts = $text -split '\.'
        $this.Major = [int]$parts[0]
        $this.Minor = if ($parts.Count -gt 1) { [int]$parts[1] } else { 0 }
        $this.Build = if ($parts.Count -gt 2) { [int]$parts[2] } else { 0 }
    }

    [int] CompareTo([object] $other) {
        if ($null -eq $other) { return 1 }
        $o = [ServerVersion]$other
        foreach ($field in 'Major', 'Minor', 'Build') {
            $diff = $this.$field - $o.$field
            if ($diff -ne 0) { return [math]::Sign($diff) }
        }
        return 0
    }

    [bool] Equals([object] $other) {
        return ($other -is [ServerVersion]) -and ($this.CompareTo($other) -eq 0)
    }

    [int] GetHashCode() {
        return ($this.Major * 10000) + ($this.Minor * 100) + $this.Build
    }

    [string] ToString() {
        return "$($this.Major).$($this.Minor).$($this.Build)"
    }
}

$versions = '15.2.1118', '15.1.2507', '15.2.986', '15.2' | ForEach-Object { [ServerVersion]::new($_) }
$sorted = $versions | Sort-Object
$sorted | ForEach-Object { $_.ToString() }
$newest = $sorted[-1]
"Newest build: $newest"
if ([ServerVersion]::new('15.2.1118') -eq $newest) { 'The newest build is already deployed' }
