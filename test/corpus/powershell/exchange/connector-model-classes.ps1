using namespace System.Collections.Generic

# A small object model used by a connector documentation script: base class for connectors,
# subclasses for send and receive, and a static counter of how many were documented.

class ConnectorInfo {
    [string]$Name
    [bool]$Enabled
    static [int]$Documented = 0
    hidden [datetime]$ReadAt

    ConnectorInfo([string]$name, [bool]$enabled) {
        $this.Name = $name
        $this.Enabled = $enabled
        $this.ReadAt = [datetime]::Now
        [ConnectorInfo]::Documented++
    }

    [string] Describe() {
        $state = if ($this.Enabled) { 'enabled' } else { 'disabled' }
        return "$($this.Name) ($state)"
    }
}

class SendConnectorInfo : ConnectorInfo {
    [string[]]$AddressSpaces

    SendConnectorInfo([object]$connector) : base($connector.Name, $connector.Enabled) {
        $this.AddressSpaces = @($connector.AddressSpaces | ForEach-Object { $_.ToString() })
    }

    [string] Describe() {
        return 'Send ' + ([ConnectorInfo]$this).Describe() + ' -> ' + ($this.AddressSpaces -join ', ')
    }
}

class ReceiveConnectorInfo : ConnectorInfo {
    [string]$Server
    [string[]]$Bindings

    ReceiveConnectorInfo([object]$connector) : base($connector.Name, $connector.Enabled) {
        $this.Server = "$($connector.Server)"
        $this.Bindings = @($connector.Bindings | ForEach-Object { "$_" })
    }

    [string] Describe() {
        return "Receive $($this.Server)\$($this.Name) on $($this.Bindings -join ', ')"
    }
}

$all = [List[ConnectorInfo]]::new()
Get-SendConnector | ForEach-Object { $all.Add([SendConnectorInfo]::new($_)) }
Get-ReceiveConnector | ForEach-Object { $all.Add([ReceiveConnectorInfo]::new($_)) }

foreach ($c in $all) {
    $c.Describe()
}
"{0} connectors documented" -f [ConnectorInfo]::Documented
