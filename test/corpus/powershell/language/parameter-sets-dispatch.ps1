function Get-ConnectorLog {
    [CmdletBinding(DefaultParameterSetName = 'Latest')]
    param(
        [Parameter(Mandatory, ParameterSetName = 'ByDate')]
        [datetime] $Date,

        [Parameter(Mandatory, ParameterSetName = 'ByRange')]
        [datetime] $From,

        [Parameter(Mandatory, ParameterSetName = 'ByRange')]
        [datetime] $To,

        [Parameter(ParameterSetName = 'Latest')]
        [ValidateRange(1, 50)]
        [int] $Count = 1,

        [Parameter(ParameterSetName = 'ByDate')]
        [Parameter(ParameterSetName = 'ByRange')]
        [switch] $IncludeArchive,

        [ValidateSet('Send', 'Receive')]
        [string] $Kind = 'Receive'
    )

    $root = "$env:ExchangeInstallPath\TransportRoles\Logs\FrontEnd\ProtocolLog\SmtpReceive"
    if ($Kind -eq 'Send') { $root = $root -replace 'SmtpReceive$', 'SmtpSend' }
    $files = Get-ChildItem -Path $root -Filter '*.LOG' -ErrorAction SilentlyContinue

    switch ($PSCmdlet.ParameterSetName) {
        'Latest' {
            $files | Sort-Object LastWriteTime -Descending | Select-Object -First $Count
        }
        'ByDate' {
            $files | Where-Object { $_.LastWriteTime.Date -eq $Date.Date }
        }
        'ByRange' {
            if ($From -gt $To) {
                throw [System.ArgumentException]::new('From must be before To')
            }
            $files | Where-Object { $_.LastWriteTime -ge $From -and $_.LastWriteTime -le $To }
        }
        default {
            throw "Unhandled parameter set $($PSCmdlet.ParameterSetName)"
        }
    }
    if ($IncludeArchive) { Write-Verbose 'Archive folders are included' }
}

Get-ConnectorLog -Count 3
Get-ConnectorLog -Date (Get-Date) -IncludeArchive -Verbose
Get-ConnectorLog -From (Get-Date).AddDays(-2) -To (Get-Date) -Kind Send
(Get-Command Get-ConnectorLog).ParameterSets | Select-Object Name, IsDefault
