function Send-Notification {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string[]] $To,
        [Parameter(Mandatory)] [string] $Subject,
        [string] $Body = '',
        [string] $SmtpServer = 'relay.contoso.local',
        [int] $Port = 25,
        [switch] $UseSsl,
        [switch] $Html
    )

    $mail = @{
        To         = $To
        From       = 'noreply@contoso.com'
        Subject    = $Subject
        Body       = $Body
        SmtpServer = $SmtpServer
        Port       = $Port
        BodyAsHtml = $Html.IsPresent
        UseSsl     = $UseSsl
        ErrorAction = 'Stop'
    }
    Write-Verbose ("Sending with: " + (($PSBoundParameters.Keys | Sort-Object) -join ', '))
    Send-MailMessage @mail
}

function Invoke-Wrapper {
    [CmdletBinding()]
    param([Parameter(ValueFromRemainingArguments)] $Rest)
    Write-Verbose "Forwarding $($Rest.Count) arguments"
    Write-Output @Rest
}

function Copy-Parameters {
    [CmdletBinding()]
    param([string] $Server, [int] $Port, [switch] $WhatIf)
    $forward = @{} + $PSBoundParameters
    $forward.Remove('WhatIf') | Out-Null
    if (-not $PSBoundParameters.ContainsKey('Port')) { $forward.Port = 587 }
    $forward
}

$common = @{ Verbose = $true; ErrorAction = 'Continue' }
$recipients = @('ops@contoso.com')
Send-Notification -To $recipients -Subject 'Queue alert' @common -Html:$false -UseSsl:$true
Invoke-Wrapper one two three
Copy-Parameters -Server ex01 -WhatIf
$arrayArgs = @('C:\Windows', '-Filter', '*.ini')
Get-ChildItem @arrayArgs
$location = @{ Path = $env:TEMP }
Push-Location @location; Pop-Location
function Show-Args { "count $($args.Count): $($args -join '|')" }
Show-Args a 'b c' -d 3
