class ExchangeConnection {
    static hidden [ExchangeConnection] $Instance
    [string] $Server
    [System.Management.Automation.Runspaces.PSSession] $Session
    hidden [int] $UseCount

    hidden ExchangeConnection([string] $server) {
        $this.Server = $server
    }

    static [ExchangeConnection] GetInstance([string] $server) {
        if ($null -eq [ExchangeConnection]::Instance -or [ExchangeConnection]::Instance.Server -ne $server) {
            [ExchangeConnection]::Instance = [ExchangeConnection]::new($server)
        }
        [ExchangeConnection]::Instance.UseCount += 1
        return [ExchangeConnection]::Instance
    }

    [void] Open() {
        if ($this.Session -and $this.Session.State -eq 'Opened') { return }
        $uri = "http://$($this.Server)/PowerShell/"
        $this.Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $uri -Authentication Kerberos
        Import-PSSession -Session $this.Session -DisableNameChecking -AllowClobber | Out-Null
    }

    [void] Close() {
        if ($this.Session) {
            Remove-PSSession -Session $this.Session
            $this.Session = $null
        }
    }
}

$conn = [ExchangeConnection]::GetInstance('ex01.contoso.local')
$again = [ExchangeConnection]::GetInstance('ex01.contoso.local')
[object]::ReferenceEquals($conn, $again)
try {
    $conn.Open()
    Get-ReceiveConnector | Select-Object Identity, Bindings, Enabled
}
finally {
    $conn.Close()
}
