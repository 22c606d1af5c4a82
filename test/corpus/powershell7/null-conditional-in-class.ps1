#requires -Version 7.1
class Connector {
    [string] $Name
    [Connector] $Fallback
    [string[]] $SmartHosts

    Connector([string] $name) { $this.Name = $name }

    [string] FirstSmartHost() {
        return $this.SmartHosts?[0] ?? '(DNS)'
    }

    [string] FallbackName() {
        return $this.Fallback?.Name ?? '(none)'
    }
}

$primary = [Connector]::new('Internet')
$primary.SmartHosts = @('relay01.contoso.local', 'relay02.contoso.local')
$partner = [Connector]::new('Partner')
$partner.Fallback = $primary

foreach ($c in $primary, $partner) {
    '{0}: first smart host {1}, fallback {2}' -f $c.Name, $c.FirstSmartHost(), $c.FallbackName()
}
