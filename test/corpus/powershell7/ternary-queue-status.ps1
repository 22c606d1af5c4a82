#requires -Version 7.0
param([int] $Threshold = 100)

$queues = @(
    [pscustomobject]@{ Name = 'contoso.com'; Count = 12 }
    [pscustomobject]@{ Name = 'fabrikam.com'; Count = 480 }
    [pscustomobject]@{ Name = 'Submission'; Count = 0 }
)

foreach ($q in $queues) {
    $state = $q.Count -gt $Threshold ? 'backlog' : ($q.Count -eq 0 ? 'empty' : 'flowing')
    $colour = $state -eq 'backlog' ? 'Red' : 'Green'
    Write-Host ('{0,-14} {1,5}  {2}' -f $q.Name, $q.Count, $state) -ForegroundColor $colour
}

$plural = $queues.Count -eq 1 ? 'queue' : 'queues'
"Checked $($queues.Count) $plural"
$exitCode = ($queues | Where-Object Count -GT $Threshold) ? 1 : 0
exit $exitCode
