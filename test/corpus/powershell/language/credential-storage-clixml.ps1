[CmdletBinding()]
param(
    [string] $CredentialFile = (Join-Path $env:APPDATA 'Contoso\relay-cred.xml'),
    [switch] $Reset
)

function Get-StoredCredential {
    param([string] $Path)
    if (Test-Path -LiteralPath $Path) {
        try {
            return Import-Clixml -LiteralPath $Path
        }
        catch [System.Security.Cryptography.CryptographicException] {
            Write-Warning 'The stored credential belongs to another user or computer; asking again.'
        }
    }
    $folder = Split-Path -Parent $Path
    if (-not (Test-Path $folder)) { New-Item -ItemType Directory -Path $folder | Out-Null }
    $cred = Get-Credential -Message 'Account used to authenticate to the relay'
    $cred | Export-Clixml -LiteralPath $Path
    return $cred
}

if ($Reset) { Remove-Item -LiteralPath $CredentialFile -ErrorAction SilentlyContinue }
$credential = Get-StoredCredential -Path $CredentialFile
"Using $($credential.UserName)"

$secure = ConvertTo-SecureString -String 'Temp#2024' -AsPlainText -Force
$encrypted = ConvertFrom-SecureString -SecureString $secure
$roundTrip = ConvertTo-SecureString -String $encrypted
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($roundTrip))
"round trip ok: $($plain -eq 'Temp#2024')"
$manual = New-Object System.Management.Automation.PSCredential ('CONTOSO\svc-relay', $secure)
$manual.GetNetworkCredential().Domain
$key = [byte[]](1..32)
$withKey = ConvertFrom-SecureString -SecureString $secure -Key $key
(ConvertTo-SecureString -String $withKey -Key $key).Length
