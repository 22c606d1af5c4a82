[DscResource()]
class TransportRegistryValue {
    [DscProperty(Key)]
    [string] $ValueName

    [DscProperty(Key)]
    [string] $Key = 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\Transport'

    [DscProperty(Mandatory)]
    [int] $Value

    [DscProperty(NotConfigurable)]
    [Nullable[int]] $ActualValue

    hidden [Nullable[int]] ReadValue() {
        if (-not (Test-Path -LiteralPath $this.Key)) {
            return $null
        }
        $item = Get-ItemProperty -LiteralPath $this.Key -Name $this.ValueName -ErrorAction SilentlyContinue
        if ($null -eq $item) {
            return $null
        }
        return [int] $item.($this.ValueName)
    }

    [TransportRegistryValue] Get() {
        $this.ActualValue = $this.ReadValue()
        return $this
    }

    [bool] Test() {
        $actual = $this.ReadValue()
        Write-Verbose -Message ("{0}\{1}: wanted {2}, found {3}" -f $this.Key, $this.ValueName, $this.Value, $actual)
        return $actual -eq $this.Value
    }

    [void] Set() {
        if (-not (Test-Path -LiteralPath $this.Key)) {
            New-Item -Path $this.Key -Force | Out-Null
        }
        Set-ItemProperty -LiteralPath $this.Key -Name $this.ValueName -Value $this.Value -Type DWord
    }
}

Configuration TransportTuning {
    Import-DscResource -ModuleName TransportDsc

    Node 'localhost' {
        TransportRegistryValue MaxConcurrentDelivery {
            ValueName = 'MaxConcurrentMailboxDeliveries'
            Value     = 40
        }
    }
}
