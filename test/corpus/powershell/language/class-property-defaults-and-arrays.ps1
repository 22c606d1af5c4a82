class RetentionPolicy {
    [string] $Name
    [int] $Days = 30
    [string[]] $Folders = @('Inbox', 'Sent Items')
    [hashtable] $Tags = @{}
    [System.Collections.ArrayList] $History = [System.Collections.ArrayList]::new()
    [bool] $Enabled = $true
    [Nullable[datetime]] $LastRun

    [void] Record([string] $what) {
        [void] $this.History.Add(('{0:u} {1}' -f [datetime]::UtcNow, $what))
    }

    [RetentionPolicy] Clone() {
        $copy = [RetentionPolicy]::new()
        $copy.Name = "$($this.Name) (copy)"
        $copy.Days = $this.Days
        $copy.Folders = $this.Folders.Clone()
        $copy.Tags = $this.Tags.Clone()
        return $copy
    }
}

$policy = [RetentionPolicy]@{ Name = 'Default'; Days = 90 }
$policy.Tags['Owner'] = 'Messaging team'
$policy.Record('created')
$policy.LastRun = Get-Date

$clone = $policy.Clone()
$clone.Folders += 'Deleted Items'
$clone.Days = 7

$policy, $clone | Select-Object Name, Days, @{ Name = 'Folders'; Expression = { $_.Folders -join '; ' } }, Enabled |
    Format-List
"History entries: $($policy.History.Count); clone history: $($clone.History.Count)"
if (-not $clone.LastRun.HasValue) { 'The clone has never run' }
