[CmdletBinding()]
param(
    [Parameter(Mandatory, ValueFromPipeline)]
    [string[]]$HostName,

    [ValidateSet(25, 465, 587, 2525)]
    [int]$Port = 25,

    [int]$TimeoutMs = 3000
)

begin {
    function Read-SmtpBanner {
        param([System.Net.Sockets.TcpClient]$Client)
        $stream = $Client.GetStream()
        $stream.ReadTimeout = $TimeoutMs
        $reader = New-Object System.IO.StreamReader($stream)
        try {
            return $reader.ReadLine()
        }
        catch [System.IO.IOException] {
            return '(no banner)'
        }
    }
}

process {
    foreach ($h in $HostName) {
        $client = New-Object System.Net.Sockets.TcpClient
        try {
            $task = $client.ConnectAsync($h, $Port)
            if (-not $task.Wait($TimeoutMs)) {
                throw [System.TimeoutException]::new("no answer in $TimeoutMs ms")
            }
            $banner = Read-SmtpBanner -Client $client
            [pscustomobject]@{ Host = $h; Port = $Port; Open = $true; Banner = $banner }
        }
        catch {
            $reason = $_.Exception.InnerException
            if (-not $reason) { $reason = $_.Exception }
            [pscustomobject]@{ Host = $h; Port = $Port; Open = $false; Banner = $reason.Message }
        }
        finally {
            $client.Dispose()
        }
    }
}
