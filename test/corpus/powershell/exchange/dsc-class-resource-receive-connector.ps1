# A class-based DSC resource that keeps a receive connector's remote IP ranges as declared.
enum Ensure {
    Absent
    Present
}

[DscResource()]
class RelayConnectorRanges {
    [DscProperty(Key)]
    [string]$Identity

    [DscProperty(Mandatory)]
    [string[]]$RemoteIPRanges

    [DscProperty()]
    [Ensure]$Ensure = [Ensure]::Present

    [DscProperty(NotConfigurable)]
    [string[]]$CurrentRanges

    [RelayConnectorRanges] Get() {
        $connector = Get-ReceiveConnector -Identity $this.Identity -ErrorAction SilentlyContinue
        $result = [RelayConnectorRanges]::new()
        $result.Identity = $this.Identity
        $result.RemoteIPRanges = $this.RemoteIPRanges
        if ($connector) {
            $result.CurrentRanges = @($connector.RemoteIPRanges | ForEach-Object { "$_" })
            $result.Ensure = [Ensure]::Present
        }
        else {
            $result.Ensure = [Ensure]::Absent
        }
        return $result
    }

    [bool] Test() {
        $state = $this.Get()
        if ($state.Ensure -ne $this.Ensure) { return $false }
        if ($this.Ensure -eq [Ensure]::Absent) { return $true }
        $diff = Compare-Object -ReferenceObject ($this.RemoteIPRanges | Sort-Object) -DifferenceObject ($state.CurrentRanges | Sort-Object)
        return ($null -eq $diff)
    }

    [void] Set() {
        if ($this.Ensure -eq [Ensure]::Present) {
            Set-ReceiveConnector -Identity $this.Identity -RemoteIPRanges $this.RemoteIPRanges
        }
        else {
            Remove-ReceiveConnector -Identity $this.Identity -Confirm:$false
        }
    }
}
