[CmdletBinding()]
param([string[]] $Mailboxes = @('ann', 'ghost', 'bob'))

$ErrorActionPreference = 'Stop'
$Error.Clear()

function Assert-Mailbox {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Identity)
    if ($Identity -eq 'ghost') {
        $exception = [System.Management.Automation.ItemNotFoundException]::new("Mailbox '$Identity' was not found")
        $record = [System.Management.Automation.ErrorRecord]::new($exception, 'MailboxNotFound',
            [System.Management.Automation.ErrorCategory]::ObjectNotFound, $Identity)
        $PSCmdlet.ThrowTerminatingError($record)
    }
    "ok: $Identity"
}

foreach ($m in $Mailboxes) {
    try {
        Assert-Mailbox -Identity $m
    }
    catch [System.Management.Automation.ItemNotFoundException] {
        Write-Warning "Not found: $($PSItem.TargetObject) [$($_.FullyQualifiedErrorId)]"
    }
    catch [System.UnauthorizedAccessException], [System.Security.SecurityException] {
        Write-Warning 'No permission'
        throw
    }
    catch {
        Write-Warning "Other failure: $($_.Exception.Message) at $($_.InvocationInfo.PositionMessage)"
    }
    finally {
        Write-Verbose "checked $m"
    }
}

try {
    Get-Item -Path 'C:\missing.txt' -ErrorAction Stop
}
catch {
    $inner = $_.Exception
    while ($inner.InnerException) { $inner = $inner.InnerException }
    "Innermost: $($inner.GetType().Name)"
}

Get-Item 'C:\nope1', 'C:\nope2' -ErrorAction SilentlyContinue -ErrorVariable +lookupErrors
"Collected $($lookupErrors.Count) errors; total in `$Error: $($Error.Count)"
$Error[0].CategoryInfo.Category
Write-Error -Message 'Non-terminating' -ErrorId 'Demo.NonTerminating' -ErrorAction Continue
throw [System.InvalidOperationException]::new('Finished with a deliberate error')
