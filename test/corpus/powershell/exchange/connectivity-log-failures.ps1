<#
.SYNOPSIS
    Reads the transport connectivity logs and lists remote hosts that failed to connect, with
    the last failure text, for outbound delivery troubleshooting.
#>
param(
    [string]$LogFolder = (Get-TransportService -Identity $env:COMPUTERNAME).ConnectivityLogPath.PathName,
    [int]$Hours = 6
)

$since = (Get-Date).ToUniversalTime().AddHours(-$Hours)
$failures = @{}

Get-ChildItem -Path $LogFolder -Filter 'CONNECTLOG*.LOG' |
    Where-Object { $_.LastWriteTimeUtc -ge $since } |
    ForEach-Object {
        switch -Regex -File $_.FullName {
            '^#' { continue }
            '^(?<time>[^,]+),(?<session>[^,]*),(?<source>[^,]*),(?<destination>[^,]*),(?<direction>[<>*]),(?<description>.*)$' {
                if ([datetime]$Matches.time -lt $since) { continue }
                if ($Matches.description -match 'Failed connection|error|timed out') {
                    $key = $Matches.destination
                    $failures[$key] = [pscustomobject]@{
                        Destination = $key
                        Count       = 1 + $(if ($failures.ContainsKey($key)) { $failures[$key].Count } else { 0 })
                        Last        = $Matches.time
                        Text        = $Matches.description.Trim('"')
                    }
                }
            }
        }
    }

$failures.Values | Sort-Object Count -Descending | Format-Table Destination, Count, Last, Text -AutoSize -Wrap
