<#
    Copies transport logs to an archive share. Shows catch clauses with several exception types,
    a rethrow with a bare 'throw', and custom error records.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string]$Share,
    [string[]]$Folder = @('MessageTracking', 'Connectivity', 'ProtocolLog\SmtpReceive', 'ProtocolLog\SmtpSend')
)

$root = Join-Path $env:ExchangeInstallPath 'TransportRoles\Logs\Hub'
$copied = 0

foreach ($f in $Folder) {
    $source = Join-Path $root $f
    $target = Join-Path $Share (Join-Path $env:COMPUTERNAME $f)
    try {
        if (-not (Test-Path $source)) {
            $ex = [System.IO.DirectoryNotFoundException]::new("Log folder $source does not exist")
            $record = [System.Management.Automation.ErrorRecord]::new($ex, 'LogFolderMissing', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $source)
            $PSCmdlet.WriteError($record)
            continue
        }
        New-Item -ItemType Directory -Path $target -Force -ErrorAction Stop | Out-Null
        Get-ChildItem -Path $source -File | Where-Object LastWriteTime -lt (Get-Date).Date | ForEach-Object {
            Copy-Item -Path $_.FullName -Destination $target -ErrorAction Stop
            $copied++
        }
    }
    catch [System.UnauthorizedAccessException], [System.IO.IOException] {
        Write-Warning "Copy of $f failed (access or I/O): $($_.Exception.Message)"
    }
    catch [System.Management.Automation.ItemNotFoundException] {
        Write-Warning "Path vanished while copying ${f}: $($_.TargetObject)"
    }
    catch {
        Write-Warning "Unexpected error on $f; stopping."
        throw
    }
}

Write-Verbose "$copied files copied"
if ($copied -eq 0) {
    throw [System.InvalidOperationException]::new("No log file was copied to $Share. Check the share permissions and -Folder names.")
}
