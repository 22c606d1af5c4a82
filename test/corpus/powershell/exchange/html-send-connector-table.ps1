$head = @"
<style>
table { font-family: Calibri; border: 1px solid #444; }
th { background-color: #d9ead3; }
</style>
"@

$data = Get-SendConnector | Select-Object Name,
    @{ Name = 'Address spaces'; Expression = { $_.AddressSpaces -join '<br>' } },
    @{ Name = 'Smart hosts'; Expression = { if ($_.DNSRoutingEnabled) { 'DNS (MX)' } else { $_.SmartHosts -join ', ' } } },
    Enabled, RequireTLS, MaxMessageSize

# ConvertTo-Html encodes the <br>, so turn it back into a tag afterwards.
$html = $data | ConvertTo-Html -Head $head -Title 'Send connectors' -PreContent "<h1>Send connectors ($(($data | Measure-Object).Count))</h1>"
$html = $html -replace '&lt;br&gt;', '<br>'
$html | Set-Content -Path .\SendConnectors.html
