# Written in the capitalised keyword style of many older admin scripts; PowerShell keywords are
# not case sensitive.
Param(
    [String]$Server = $Env:ComputerName
)

Function Get-QueueState {
    Param([String]$Name)
    Begin{ $Total = 0 }Process{
        ForEach ($Q In (Get-Queue -Server $Name)) {
            $Total += $Q.MessageCount
        }
    }End{ Return $Total }
}

Try {
    $Count = Get-QueueState -Name $Server
    If ($Count -Eq 0) {
        Write-Host "$Server : queues empty" -ForegroundColor Green
    } ElseIf ($Count -Lt 100) {
        Write-Host "$Server : $Count messages" -ForegroundColor Yellow
    } Else {
        Write-Host "$Server : $Count messages - investigate" -ForegroundColor Red
    }
} Catch {
    Write-Host "Failed: $($_.Exception.Message)" -ForegroundColor Red
} Finally {
    Write-Host 'Done.'
}

Switch -Regex ($Server) {
    '^EX\d+$' { 'Naming standard followed' }
    Default   { 'Non-standard server name' }
}
