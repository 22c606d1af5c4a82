<#
    Turns protocol logging to Verbose on every connector that has it off, and records which
    ones were changed so it can be put back after troubleshooting.
#>
param(
    [ValidateSet('Enable', 'Restore')]
    [string]$Action = 'Enable',
    [string]$StatePath = "$env:TEMP\protocol-logging-state.csv"
)

if ($Action -eq 'Restore') {
    Import-Csv $StatePath | ForEach-Object {
        switch ($_.Kind) {
            'Send'    { Set-SendConnector -Identity $_.Identity -ProtocolLoggingLevel None }
            'Receive' { Set-ReceiveConnector -Identity $_.Identity -ProtocolLoggingLevel None }
        }
        Write-Host "Restored $($_.Kind) $($_.Identity)"
    }
    return
}

$changed = @()
Get-SendConnector | Where-Object { $_.ProtocolLoggingLevel -eq 'None' } | ForEach-Object {
    Set-SendConnector -Identity $_.Identity -ProtocolLoggingLevel Verbose
    $changed += [pscustomobject]@{ Kind = 'Send'; Identity = "$($_.Identity)" }
}
Get-ReceiveConnector | Where-Object { $_.ProtocolLoggingLevel -eq 'None' } | ForEach-Object {
    Set-ReceiveConnector -Identity $_.Identity -ProtocolLoggingLevel Verbose
    $changed += [pscustomobject]@{ Kind = 'Receive'; Identity = "$($_.Identity)" }
}

$changed | Export-Csv -Path $StatePath -NoTypeInformation
Write-Host "$($changed.Count) connectors switched to Verbose; state saved in $StatePath" -ForegroundColor Green
