function Set-MailboxQuotaBatch {
    <#
    .SYNOPSIS
        Sets quotas on many mailboxes at once.
    .PARAMETER Identity
        The mailboxes to change.
    .EXAMPLE
        Get-Mailbox -OrganizationalUnit Sales | Set-MailboxQuotaBatch -WarningGB 45 -SendGB 49 -WhatIf
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', DefaultParameterSetName = 'ByGB',
        HelpUri = 'https://intranet.contoso.local/help/quota', PositionalBinding = $false)]
    [OutputType([pscustomobject], ParameterSetName = 'ByGB')]
    [Alias('Set-QuotaBatch')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true,
            HelpMessage = 'Mailbox alias, address or distinguished name')]
        [Alias('Alias', 'PrimarySmtpAddress')]
        [ValidateNotNullOrEmpty()]
        [string[]] $Identity,

        [Parameter(ParameterSetName = 'ByGB', Mandatory)]
        [ValidateRange(1, 1024)]
        [int] $WarningGB,

        [Parameter(ParameterSetName = 'ByGB', Mandatory)]
        [ValidateScript({ $_ -gt $WarningGB })]
        [int] $SendGB,

        [Parameter(ParameterSetName = 'Unlimited', Mandatory)]
        [switch] $Unlimited,

        [ValidateSet('EX01', 'EX02', IgnoreCase = $true)]
        [string] $DomainController,

        [ValidateLength(0, 64)]
        [ValidatePattern('^[\w\s-]*$')]
        [string] $Reason = '',

        [ValidateCount(0, 3)]
        [AllowEmptyCollection()]
        [string[]] $Notify = @(),

        [AllowNull()]
        [AllowEmptyString()]
        [string] $Ticket,

        [Parameter(DontShow)]
        [switch] $Force
    )

    begin {
        $changed = 0
        Write-Verbose "Parameter set: $($PSCmdlet.ParameterSetName)"
    }
    process {
        foreach ($id in $Identity) {
            if ($Force -or $PSCmdlet.ShouldProcess($id, 'Set quota')) {
                $changed++
                [pscustomobject]@{ Identity = $id; Warning = $WarningGB; Send = $SendGB; Unlimited = [bool]$Unlimited }
            }
        }
    }
    end {
        Write-Verbose "$changed mailboxes changed. $Reason"
    }
}
Set-QuotaBatch -Identity ann, bob -WarningGB 45 -SendGB 49 -WhatIf
