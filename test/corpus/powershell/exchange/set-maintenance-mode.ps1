<#
.SYNOPSIS
    Puts a DAG member into maintenance mode or takes it out again.
.EXAMPLE
    .\set-maintenance-mode.ps1 -Server EX02 -Enter -RedirectTo ex01.contoso.com
.EXAMPLE
    .\set-maintenance-mode.ps1 -Server EX02 -Exit
#>
[CmdletBinding(DefaultParameterSetName = 'Enter')]
param(
    [Parameter(Mandatory = $true)]
    [string]$Server,

    [Parameter(ParameterSetName = 'Enter', Mandatory = $true)]
    [switch]$Enter,

    [Parameter(ParameterSetName = 'Enter', Mandatory = $true)]
    [string]$RedirectTo,

    [Parameter(ParameterSetName = 'Exit', Mandatory = $true)]
    [switch]$Exit
)

switch ($PSCmdlet.ParameterSetName) {
    'Enter' {
        Write-Host "Draining transport on $Server" -ForegroundColor Cyan
        Set-ServerComponentState -Identity $Server -Component HubTransport -State Draining -Requester Maintenance
        Redirect-Message -Server $Server -Target $RedirectTo -Confirm:$false
        Suspend-ClusterNode -Name $Server | Out-Null
        Set-MailboxServer -Identity $Server -DatabaseCopyActivationDisabledAndMoveNow $true
        Set-MailboxServer -Identity $Server -DatabaseCopyAutoActivationPolicy Blocked
        Set-ServerComponentState -Identity $Server -Component ServerWideOffline -State Inactive -Requester Maintenance
    }
    'Exit' {
        Set-ServerComponentState -Identity $Server -Component ServerWideOffline -State Active -Requester Maintenance
        Resume-ClusterNode -Name $Server | Out-Null
        Set-MailboxServer -Identity $Server -DatabaseCopyActivationDisabledAndMoveNow $false
        Set-MailboxServer -Identity $Server -DatabaseCopyAutoActivationPolicy Unrestricted
        Set-ServerComponentState -Identity $Server -Component HubTransport -State Active -Requester Maintenance
        Write-Host "$Server is back in service" -ForegroundColor Green
    }
}

Get-ServerComponentState -Identity $Server | Where-Object State -ne 'Active' | Format-Table Component, State
