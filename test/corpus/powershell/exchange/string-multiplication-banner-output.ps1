# Console output helpers used by the health checks: headers, key/value lines, and result tags.
function Write-Header {
    param([string]$Text, [char]$Char = '=')
    $width = [math]::Max(60, $Text.Length + 4)
    $line = [string]$Char * $width
    Write-Host $line -ForegroundColor DarkCyan
    Write-Host ("$Char " + $Text.PadRight($width - 4) + " $Char") -ForegroundColor Cyan
    Write-Host $line -ForegroundColor DarkCyan
}

function Write-KeyValue {
    param([string]$Key, [object]$Value, [int]$Indent = 1)
    $pad = '    ' * $Indent
    Write-Host ("{0}{1,-28}: " -f $pad, $Key) -NoNewline
    Write-Host "$Value" -ForegroundColor White
}

function Write-Result {
    param([string]$Text, [ValidateSet('Pass', 'Warn', 'Fail')][string]$Result)
    $colours = @{ Pass = 'Green'; Warn = 'Yellow'; Fail = 'Red' }
    Write-Host ("[{0}] " -f $Result.ToUpper()) -ForegroundColor $colours[$Result] -NoNewline
    Write-Host $Text
}

Write-Header "Transport health on $env:COMPUTERNAME"
$svc = Get-TransportService -Identity $env:COMPUTERNAME
Write-KeyValue 'Tracking log enabled' $svc.MessageTrackingLogEnabled
Write-KeyValue 'Tracking log max age' $svc.MessageTrackingLogMaxAge
Write-KeyValue 'Message expiration' $svc.MessageExpirationTimeout

$queued = (Get-Queue -Server $env:COMPUTERNAME | Measure-Object MessageCount -Sum).Sum
if ($queued -gt 500) { Write-Result "$queued messages queued" Fail }
elseif ($queued -gt 100) { Write-Result "$queued messages queued" Warn }
else { Write-Result "$queued messages queued" Pass }
Write-Host ('-' * 60) -ForegroundColor DarkCyan
