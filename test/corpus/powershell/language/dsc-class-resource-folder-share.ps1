enum Ensure {
    Absent
    Present
}

[DscResource()]
class FolderShare {
    [DscProperty(Key)]
    [string] $Name

    [DscProperty(Mandatory)]
    [string] $Path

    [DscProperty()]
    [Ensure] $Ensure = [Ensure]::Present

    [DscProperty()]
    [string[]] $ReadAccess = @()

    [DscProperty(NotConfigurable)]
    [string] $CurrentPath

    [FolderShare] Get() {
        $share = Get-SmbShare -Name $this.Name -ErrorAction SilentlyContinue
        $result = [FolderShare]::new()
        $result.Name = $this.Name
        $result.Path = $this.Path
        if ($share) {
            $result.Ensure = [Ensure]::Present
            $result.CurrentPath = $share.Path
        }
        else {
            $result.Ensure = [Ensure]::Absent
        }
        return $result
    }

    [bool] Test() {
        $current = $this.Get()
        if ($this.Ensure -eq [Ensure]::Absent) {
            return $current.Ensure -eq [Ensure]::Absent
        }
        return ($current.Ensure -eq [Ensure]::Present) -and ($current.CurrentPath -eq $this.Path)
    }

    [void] Set() {
        $existing = Get-SmbShare -Name $this.Name -ErrorAction SilentlyContinue
        if ($this.Ensure -eq [Ensure]::Absent) {
            if ($existing) { Remove-SmbShare -Name $this.Name -Force }
            return
        }
        if ($existing -and $existing.Path -ne $this.Path) {
            Write-Verbose "Recreating share $($this.Name) on $($this.Path)"
            Remove-SmbShare -Name $this.Name -Force
            $existing = $null
        }
        if (-not $existing) {
            $params = @{ Name = $this.Name; Path = $this.Path }
            if ($this.ReadAccess) { $params['ReadAccess'] = $this.ReadAccess }
            New-SmbShare @params | Out-Null
        }
    }
}
