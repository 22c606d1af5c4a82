[CmdletBinding()]
param(
    [datetime]$StartDate = (Get-Date).AddDays(-1),
    [ValidateSet('Connection Filtering Agent', 'Content Filter Agent', 'Sender Filter Agent', 'Recipient Filter Agent', 'Sender Id Agent')]
    [string[]]$Agent
)

$entries = Get-AgentLog -StartDate $StartDate
if ($Agent) {
    $entries = $entries | Where-Object { $Agent -contains $_.Agent }
}

$entries |
    Group-Object Agent, Action |
    Sort-Object Count -Descending |
    Format-Table @{ Label = 'Agent / Action'; Expression = { $_.Name } }, Count -AutoSize

$entries |
    Where-Object Action -eq 'RejectMessage' |
    Group-Object { $_.IPAddress } |
    Sort-Object Count -Descending |
    Select-Object -First 10 Name, Count
