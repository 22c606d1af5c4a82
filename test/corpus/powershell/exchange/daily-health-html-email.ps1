<#
    Daily Exchange health e-mail: services, queues, database mount state, and free disk space.
    Each section is a function that returns an HTML fragment; the page stitches them together.
#>
$ErrorActionPreference = 'Stop'
$servers = @(Get-ExchangeServer | Where-Object { $_.IsMailboxServer } | Select-Object -ExpandProperty Name)

function Get-ServiceSection {
    $rows = foreach ($s in $servers) {
        $health = Test-ServiceHealth -Server $s
        foreach ($role in $health) {
            [pscustomobject]@{ Server = $s; Role = $role.Role; Running = $role.RequiredServicesRunning }
        }
    }
    $rows | ConvertTo-Html -Fragment -PreContent '<h2>Services</h2>'
}

function Get-QueueSection {
    $rows = foreach ($s in $servers) {
        $sum = (Get-Queue -Server $s | Measure-Object MessageCount -Sum).Sum
        [pscustomobject]@{ Server = $s; Queued = $sum }
    }
    $rows | ConvertTo-Html -Fragment -PreContent '<h2>Queues</h2>'
}

function Get-DatabaseSection {
    Get-MailboxDatabase -Status |
        Select-Object Name, Server, Mounted, DatabaseSize |
        ConvertTo-Html -Fragment -PreContent '<h2>Databases</h2>'
}

$sections = @()
foreach ($section in 'Get-ServiceSection', 'Get-QueueSection', 'Get-DatabaseSection') {
    try {
        $sections += (& $section | Out-String)
    }
    catch {
        $sections += "<h2>$section failed</h2><pre>$($_.Exception.Message)</pre>"
    }
}

$body = ConvertTo-Html -Title 'Exchange daily health' -Body ($sections -join "`n") -PostContent "<p><i>$(Get-Date)</i></p>" | Out-String

$mail = @{
    SmtpServer = 'localhost'
    From       = "health@$((Get-AcceptedDomain | Where-Object Default).DomainName)"
    To         = 'exchange-admins@contoso.com'
    Subject    = 'Exchange daily health'
    Body       = $body
    BodyAsHtml = $true
}
Send-MailMessage @mail
