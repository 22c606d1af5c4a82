# Searches tracking logs on many servers in parallel with background jobs (PowerShell 5.1 has
# no ForEach-Object -Parallel). Each job opens its own remote Exchange session.
param(
    [Parameter(Mandatory)][string]$Sender,
    [int]$Hours = 6
)

$servers = (Get-TransportService).Name
$jobs = foreach ($s in $servers) {
    Start-Job -Name "track-$s" -ArgumentList $s, $Sender, $Hours -ScriptBlock {
        param($Server, $From, $LookBackHours)
        $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "http://$Server/PowerShell/" -Authentication Kerberos
        try {
            Import-PSSession $session -CommandName Get-MessageTrackingLog -DisableNameChecking | Out-Null
            Get-MessageTrackingLog -Server $Server -Sender $From -Start (Get-Date).AddHours(-$LookBackHours) -ResultSize Unlimited |
                Select-Object Timestamp, ServerHostname, EventId, Source, MessageSubject, @{ n = 'To'; e = { $_.Recipients -join ';' } }
        }
        finally {
            Remove-PSSession $session
        }
    }
}

$null = $jobs | Wait-Job -Timeout 600
$results = $jobs | Receive-Job -ErrorAction Continue
$jobs | Where-Object State -ne 'Completed' | ForEach-Object { Write-Warning "$($_.Name) ended as $($_.State)" }
$jobs | Remove-Job -Force

$results | Sort-Object Timestamp | Format-Table Timestamp, ServerHostname, EventId, Source, To, MessageSubject -AutoSize
