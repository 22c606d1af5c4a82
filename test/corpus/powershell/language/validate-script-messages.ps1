function Import-RelayList {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [ValidateScript({
                if (-not (Test-Path -LiteralPath $_ -PathType Leaf)) {
                    throw "File '$_' does not exist."
                }
                if ($_ -notmatch '\.(txt|csv)$') {
                    throw "File '$_' must be a .txt or .csv file."
                }
                $true
            })]
        [System.IO.FileInfo] $Path,

        [ValidateScript({ $_ -ge (Get-Date).Date })]
        [datetime] $ValidFrom = (Get-Date),

        [ValidateNotNullOrEmpty()]
        [ValidateScript({ [System.Net.IPAddress]::TryParse($_, [ref] $null) })]
        [string] $Gateway = '10.0.0.1'
    )

    $entries = Get-Content -LiteralPath $Path.FullName | Where-Object { $_ -and $_ -notmatch '^\s*#' }
    foreach ($e in $entries) {
        $ip = $null
        $cidr = $e -split '/'
        if ([System.Net.IPAddress]::TryParse($cidr[0], [ref] $ip)) {
            [pscustomobject]@{ Entry = $e; Family = $ip.AddressFamily; Prefix = if ($cidr.Count -gt 1) { [int]$cidr[1] } else { 32 } }
        }
        else {
            Write-Warning "Skipping '$e'"
        }
    }
    Write-Verbose "Valid from $ValidFrom through gateway $Gateway"
}

$list = Join-Path $env:TEMP 'relay.txt'
"# relay hosts`n10.0.0.5`n10.0.1.0/24`nnot-an-ip" | Set-Content $list
Import-RelayList -Path $list -Verbose
try {
    Import-RelayList -Path 'C:\missing.txt'
}
catch [System.Management.Automation.ParameterBindingException] {
    "Validation said: $($_.Exception.Message)"
}
