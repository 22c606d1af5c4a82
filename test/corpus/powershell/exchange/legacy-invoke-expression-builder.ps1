<#
    Older admin script style: builds command lines as text from a settings table and runs them
    with Invoke-Expression. Kept for reference; splatting is the safer modern form.
#>
$settings = @(
    'Set-TransportConfig -MaxSendSize 35MB -MaxReceiveSize 35MB'
    'Set-SendConnector -Identity "Internet" -MaxMessageSize 35MB'
)

foreach ($line in $settings) {
    $full = "$line -WhatIf"
    Write-Host "Running: $full" -ForegroundColor DarkCyan
    try {
        Invoke-Expression -Command $full
    }
    catch {
        Write-Host "Failed: $($_.Exception.Message)" -ForegroundColor Red
    }
}

# The same change, the modern way:
$common = @{ WhatIf = $true }
Set-TransportConfig -MaxSendSize 35MB -MaxReceiveSize 35MB @common
Set-SendConnector -Identity 'Internet' -MaxMessageSize 35MB @common
