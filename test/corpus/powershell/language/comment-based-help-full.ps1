<#
.SYNOPSIS
    Tests an SMTP endpoint and reports the banner and EHLO capabilities.

.DESCRIPTION
    Opens a TCP connection, reads the 220 banner, sends EHLO and collects the
    extensions the server advertises, then closes with QUIT.

.PARAMETER ComputerName
    The host to test.

.PARAMETER Port
    The TCP port; 25 unless given.

.INPUTS
    System.String. You can pipe host names to this script.

.OUTPUTS
    System.Management.Automation.PSCustomObject

.EXAMPLE
    .\comment-based-help-full.ps1 -ComputerName mail.contoso.com

.EXAMPLE
    'ex01', 'ex02' | .\comment-based-help-full.ps1 -Port 587

.LINK
    https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors

.NOTES
    Author: Messaging team
    Version history:
      1.0 first release
      1.1 reads multi-line EHLO answers
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory, ValueFromPipeline)]
    [string] $ComputerName,

    [ValidateRange(1, 65535)]
    [int] $Port = 25
)

process {
    $client = New-Object System.Net.Sockets.TcpClient
    try {
        $client.Connect($ComputerName, $Port)
        $stream = $client.GetStream()
        $reader = New-Object System.IO.StreamReader($stream)
        $writer = New-Object System.IO.StreamWriter($stream)
        $writer.AutoFlush = $true
        $banner = $reader.ReadLine()
        $writer.WriteLine("EHLO $env:COMPUTERNAME")
        $extensions = do { $line = $reader.ReadLine(); $line } while ($line -match '^250-')
        $writer.WriteLine('QUIT')
        [pscustomobject]@{
            ComputerName = $ComputerName
            Port         = $Port
            Banner       = $banner
            Extensions   = ($extensions | ForEach-Object { $_.Substring(4) }) -join ', '
        }
    }
    catch [System.Net.Sockets.SocketException] {
        Write-Warning "${ComputerName}:$Port - $($_.Exception.Message)"
    }
    finally {
        $client.Close()
    }
}
