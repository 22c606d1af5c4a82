[CmdletBinding()]
param(
    [string] $Uri = 'https://status.contoso.local/api/v1/queues',
    [int] $Depth = 5
)

[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12

$json = @'
{
  "server": "ex01",
  "queues": [
    { "name": "contoso.com", "count": 12, "status": "Ready" },
    { "name": "fabrikam.com", "count": 480, "status": "Retry", "lastError": "451 4.4.0 DNS query failed" }
  ],
  "checked": "2024-03-01T08:00:00Z"
}
'@
$report = $json | ConvertFrom-Json
"Server $($report.server) checked at $([datetime]$report.checked)"
$report.queues | Where-Object { $_.count -gt 100 } | ForEach-Object {
    Write-Warning "$($_.name): $($_.count) messages ($($_.lastError))"
}

$report.queues += [pscustomobject]@{ name = 'Submission'; count = 0; status = 'Ready' }
$report | Add-Member -NotePropertyName 'reviewedBy' -NotePropertyValue $env:USERNAME -Force
$out = $report | ConvertTo-Json -Depth $Depth -Compress
"Compressed length: $($out.Length)"

$body = @{ server = 'ex01'; action = 'retry'; queues = @($report.queues.name) } | ConvertTo-Json
try {
    $response = Invoke-RestMethod -Uri $Uri -Method Post -Body $body -ContentType 'application/json' -UseDefaultCredentials -TimeoutSec 10
    $response | Format-List
}
catch [System.Net.WebException] {
    $status = [int]$_.Exception.Response.StatusCode
    Write-Warning "The status service answered $status"
}
catch {
    Write-Warning "Could not reach ${Uri}: $($_.Exception.Message)"
}
