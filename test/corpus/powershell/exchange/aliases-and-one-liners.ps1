# One-liners from an admin's notes file, with the common aliases (gci, %, ?, select, ft, fl, sort).
Get-ExchangeServer | ? { $_.IsMailboxServer } | select Name, AdminDisplayVersion | ft -a
Get-Queue | ? MessageCount -gt 0 | sort MessageCount -desc | ft Identity, Status, MessageCount, NextHopDomain -a
Get-SendConnector | % { "{0}: {1}" -f $_.Name, ($_.AddressSpaces -join ',') }
Get-ReceiveConnector | ? { $_.PermissionGroups -like '*Anonymous*' } | fl Identity, Bindings, RemoteIPRanges
gci "$env:ExchangeInstallPath\TransportRoles\Logs\MessageTracking" | measure -Property Length -Sum | select Count, @{n='GB';e={[math]::Round($_.Sum/1GB,2)}}
Get-TransportService | select Name, MessageTrackingLogMaxAge, MessageTrackingLogMaxDirectorySize | ft -a
Get-MessageTrackingLog -EventId FAIL -ResultSize 100 | group Sender | sort Count -desc | select -f 10 Count, Name
Get-Mailbox -ResultSize Unlimited | group Database -NoElement | sort Name | ft -a
gsv MSExchange* | ? Status -ne Running | select Name, Status, StartType
Get-ExchangeCertificate | ? { $_.NotAfter -lt (Get-Date).AddDays(60) } | select Thumbprint, Subject, NotAfter, Services
Get-AcceptedDomain | ft DomainName, DomainType, Default -a
Get-TransportRule | ? State -eq Enabled | sort Priority | select Priority, Name, Mode
Get-MailboxDatabase -Status | select Name, Server, Mounted, DatabaseSize | ft -a
Get-ExchangeServer | % { Test-ServiceHealth -Server $_.Name } | ? { -not $_.RequiredServicesRunning } | fl Role, ServicesNotRunning
