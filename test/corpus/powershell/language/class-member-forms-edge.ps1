# The less common ways to declare class members: untyped fields, modifiers in either order,
# methods without a return type, a static constructor and attributes on their own lines.
class Defaults {
    $Untyped
    $Second; $Third
    [hashtable] static $Table = @{ Port = 25 }
    static hidden [int] $Counter
    hidden static [string] $Secret = 'not shown'

    [ValidateNotNull()]
    [string]
    $Label = 'default'

    static Defaults() {
        [Defaults]::Counter = 100
    }

    Reset() {
        $this.Untyped = $null
    }

    static Bump() {
        [Defaults]::Counter++
    }

    [Obsolete('Use Describe() instead')]
    [string] Old() { return $this.Describe() }

    [string]
    Describe() {
        return "$($this.Label): $($this.Untyped)"
    }

    [int] SafeParse([string] $text) {
        try {
            return [int]::Parse($text)
        }
        catch [FormatException], [OverflowException] {
            return -1
        }
        finally {
            [Defaults]::Bump()
        }
    }

    [Defaults[]] Pair() {
        return @($this, [Defaults]::new())
    }
}

$d = [Defaults]::new()
$d.Untyped = 42
$d.Describe()
$d.Reset()
$d.SafeParse('17')
$d.SafeParse('seventeen')
[Defaults]::Counter
[Defaults]::Table.Port
$d.Pair().Count
