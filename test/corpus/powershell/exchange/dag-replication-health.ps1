<#
.SYNOPSIS
    DAG status: witness, members, and Test-ReplicationHealth failures per member.
#>
[CmdletBinding()]
param(
    [string]$DagName
)

$dags = if ($DagName) { Get-DatabaseAvailabilityGroup -Identity $DagName -Status } else { Get-DatabaseAvailabilityGroup -Status }

foreach ($dag in $dags) {
    Write-Host "DAG $($dag.Name)" -ForegroundColor Cyan
    Write-Host "  Witness: $($dag.WitnessServer) ($($dag.WitnessDirectory)); in use: $($dag.WitnessShareInUse)"
    Write-Host "  Operational: $($dag.OperationalServers -join ', ')"
    Write-Host "  Primary active manager: $($dag.PrimaryActiveManager)"

    foreach ($member in $dag.Servers) {
        $checks = Test-ReplicationHealth -Identity $member.Name -ErrorAction SilentlyContinue
        $failed = $checks | Where-Object { $_.Result -notmatch 'Passed' }
        if ($failed) {
            foreach ($f in $failed) {
                Write-Host ("  {0,-10} {1,-28} {2}" -f $member.Name, $f.Check, $f.Error) -ForegroundColor Red
            }
        }
        else {
            Write-Host ("  {0,-10} all {1} checks passed" -f $member.Name, @($checks).Count) -ForegroundColor Green
        }
    }
}
