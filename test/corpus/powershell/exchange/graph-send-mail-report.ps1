<#
.SYNOPSIS
    Sends a report through Microsoft Graph (client credentials) instead of SMTP, for tenants that
    turned off SMTP AUTH.
#>
param(
    [Parameter(Mandatory)][string]$TenantId,
    [Parameter(Mandatory)][string]$ClientId,
    [Parameter(Mandatory)][securestring]$ClientSecret,
    [Parameter(Mandatory)][string]$From,
    [Parameter(Mandatory)][string[]]$To,
    [string]$Subject = "Mail flow report $(Get-Date -Format d)",
    [string]$HtmlBody = '<p>No content.</p>'
)

$secret = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($ClientSecret))
$tokenResponse = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body @{
    client_id     = $ClientId
    client_secret = $secret
    scope         = 'https://graph.microsoft.com/.default'
    grant_type    = 'client_credentials'
}

$message = @{
    message = @{
        subject      = $Subject
        body         = @{ contentType = 'HTML'; content = $HtmlBody }
        toRecipients = @($To | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
    saveToSentItems = $false
}

$headers = @{ Authorization = "Bearer $($tokenResponse.access_token)" }
try {
    Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users/$From/sendMail" -Headers $headers `
        -ContentType 'application/json' -Body ($message | ConvertTo-Json -Depth 6)
    Write-Host "Report sent to $($To -join ', ')" -ForegroundColor Green
}
catch [System.Net.WebException] {
    $reader = New-Object System.IO.StreamReader($_.Exception.Response.GetResponseStream())
    Write-Host "Graph refused the request: $($reader.ReadToEnd())" -ForegroundColor Red
}
