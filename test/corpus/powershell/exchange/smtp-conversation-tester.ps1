<#
.SYNOPSIS
    Talks SMTP by hand (EHLO, MAIL FROM, RCPT TO, QUIT) to see how a receive connector answers,
    without sending a message.
#>
param(
    [Parameter(Mandatory)][string]$Server,
    [int]$Port = 25,
    [string]$Helo = $env:COMPUTERNAME,
    [string]$From = 'probe@contoso.com',
    [Parameter(Mandatory)][string]$Rcpt
)

$client = [System.Net.Sockets.TcpClient]::new($Server, $Port)
$stream = $client.GetStream()
$reader = [System.IO.StreamReader]::new($stream)
$writer = [System.IO.StreamWriter]::new($stream)
$writer.AutoFlush = $true
$writer.NewLine = "`r`n"

function Read-Reply {
    $lines = @()
    do {
        $line = $reader.ReadLine()
        $lines += $line
    } while ($line -and $line.Length -ge 4 -and $line[3] -eq '-')
    $lines | ForEach-Object { Write-Host "S: $_" -ForegroundColor Green }
    return $lines[-1]
}

function Send-Command([string]$Text) {
    Write-Host "C: $Text" -ForegroundColor Yellow
    $writer.WriteLine($Text)
    Read-Reply
}

try {
    [void](Read-Reply)
    [void](Send-Command "EHLO $Helo")
    [void](Send-Command "MAIL FROM:<$From>")
    $answer = Send-Command "RCPT TO:<$Rcpt>"
    [void](Send-Command 'QUIT')
    if ($answer -match '^25\d') { Write-Host "Recipient accepted." -ForegroundColor Green }
    else { Write-Host "Recipient refused: $answer" -ForegroundColor Red }
}
finally {
    $writer.Dispose(); $reader.Dispose(); $client.Close()
}
