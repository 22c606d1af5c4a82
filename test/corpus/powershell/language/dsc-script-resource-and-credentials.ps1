Configuration ServiceAccountSetup {
    param(
        [Parameter(Mandatory)]
        [pscredential] $ServiceCredential
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration

    Node $AllNodes.NodeName {
        User ServiceUser {
            UserName                 = $ServiceCredential.UserName
            Password                 = $ServiceCredential
            PasswordNeverExpires     = $true
            PasswordChangeNotAllowed = $true
            Ensure                   = 'Present'
        }

        Script LogonAsService {
            GetScript  = {
                @{ Result = (secedit /export /areas USER_RIGHTS /cfg "$env:TEMP\rights.inf" 2>&1 | Out-String) }
            }
            TestScript = {
                $account = $using:ServiceCredential.UserName
                $content = Get-Content -Path "$env:TEMP\rights.inf" -ErrorAction SilentlyContinue
                [bool]($content -match "SeServiceLogonRight.*$([regex]::Escape($account))")
            }
            SetScript  = {
                Write-Verbose "Granting logon-as-service to $using:ServiceCredential.UserName"
                & ntrights.exe +r SeServiceLogonRight -u $using:ServiceCredential.UserName
            }
            DependsOn  = '[User]ServiceUser'
        }
    }
}

$data = @{
    AllNodes = @(
        @{ NodeName = 'app01'; CertificateFile = 'C:\certs\app01.cer'; Thumbprint = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678' }
    )
}
$cred = Get-Credential -UserName 'CONTOSO\svc-relay' -Message 'Service account'
ServiceAccountSetup -ServiceCredential $cred -ConfigurationData $data -OutputPath .\ServiceAccountSetup
