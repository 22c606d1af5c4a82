class Formatter {
    [string] $Prefix = '>'

    [string] Format([string] $text) {
        return "$($this.Prefix) $text"
    }

    [string] Format([string] $text, [int] $indent) {
        return (' ' * $indent) + $this.Format($text)
    }

    [string] Format([object[]] $items) {
        return ($items | ForEach-Object { $this.Format([string]$_) }) -join "`n"
    }

    static [string] Bytes([long] $size) {
        $units = 'B', 'KB', 'MB', 'GB', 'TB'
        $index = 0
        $value = [double] $size
        while ($value -ge 1024 -and $index -lt $units.Length - 1) {
            $value /= 1024
            $index++
        }
        return '{0:N1} {1}' -f $value, $units[$index]
    }
}

$f = [Formatter]::new()
$f.Format('plain')
$f.Format('indented', 4)
$f.Prefix = '*'
$f.Format(@('one', 2, 'three'))
[Formatter]::Bytes(1536)
[Formatter]::Bytes(5GB)
[Formatter]::Bytes(0x7FFFFFFF)
[Formatter].GetMethods() | Where-Object Name -EQ 'Format' | Measure-Object | Select-Object -ExpandProperty Count
