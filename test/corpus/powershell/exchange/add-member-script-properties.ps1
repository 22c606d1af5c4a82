# Decorates send connector objects with script properties so reports can use friendly columns.
$connectors = Get-SendConnector

foreach ($c in $connectors) {
    $c | Add-Member -MemberType ScriptProperty -Name RouteKind -Value {
        if ($this.DNSRoutingEnabled) { 'MX lookup' } else { 'Smart host: ' + ($this.SmartHosts -join ', ') }
    } -Force
    $c | Add-Member -MemberType NoteProperty -Name CheckedAt -Value (Get-Date) -Force
    $c | Add-Member -MemberType AliasProperty -Name Spaces -Value AddressSpaces -Force
    $c | Add-Member -MemberType ScriptMethod -Name CoversDomain -Value {
        param([string]$Domain)
        foreach ($s in $this.AddressSpaces) {
            if ($Domain -like "$($s.Address)") { return $true }
        }
        return $false
    } -Force
}

$connectors | Format-Table Name, RouteKind, Spaces, CheckedAt -AutoSize
$connectors | Where-Object { $_.CoversDomain('fabrikam.com') } | ForEach-Object { "fabrikam.com is covered by $($_.Name)" }

$summary = New-Object -TypeName PSObject
$summary.PSObject.Properties.Add([psnoteproperty]::new('Connectors', $connectors.Count))
$summary.PSObject.TypeNames.Insert(0, 'Contoso.ConnectorSummary')
$summary
