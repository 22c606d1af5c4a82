# Expands CIDR blocks from a relay connector's RemoteIPRanges into first/last addresses with bit
# operators, to check whether a given client IP would be accepted.
param(
    [Parameter(Mandatory)][string]$Connector,
    [Parameter(Mandatory)][ipaddress]$ClientIP
)

function ConvertTo-UInt32([ipaddress]$Address) {
    $bytes = $Address.GetAddressBytes()
    [array]::Reverse($bytes)
    return [BitConverter]::ToUInt32($bytes, 0)
}

function Get-CidrBounds([string]$Cidr) {
    $ip, $bits = $Cidr -split '/'
    $bits = [int]$bits
    $base = ConvertTo-UInt32 ([ipaddress]$ip)
    $mask = if ($bits -eq 0) { [uint32]0 } else { [uint32](([uint64]0xFFFFFFFF -shl (32 - $bits)) -band 0xFFFFFFFF) }
    $first = $base -band $mask
    $last = $first -bor (-bnot $mask -band 0xFFFFFFFF)
    return @($first, $last)
}

$client = ConvertTo-UInt32 $ClientIP
$rc = Get-ReceiveConnector -Identity $Connector

foreach ($range in $rc.RemoteIPRanges) {
    $text = "$range"
    if ($text -match ':') { continue }   # IPv6 entries are not handled here

    if ($text -match '/') {
        $low, $high = Get-CidrBounds $text
    }
    elseif ($text -match '^(?<a>[\d.]+)-(?<b>[\d.]+)$') {
        $low = ConvertTo-UInt32 ([ipaddress]$Matches.a)
        $high = ConvertTo-UInt32 ([ipaddress]$Matches.b)
    }
    else {
        $low = $high = ConvertTo-UInt32 ([ipaddress]$text)
    }

    if ($client -ge $low -and $client -le $high) {
        Write-Host "$ClientIP is inside $text" -ForegroundColor Green
        return
    }
}
Write-Host "$ClientIP is not covered by $Connector" -ForegroundColor Red
