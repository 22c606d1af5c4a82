function New-RandomPassword {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [ValidateRange(8, 128)]
        [int] $Length = 16,
        [ValidateRange(0, 10)]
        [int] $Symbols = 2,
        [switch] $AsSecureString
    )

    $upper = [char[]](65..90)
    $lower = [char[]](97..122)
    $digits = [char[]](48..57)
    $special = '!@#$%^&*()-_=+[]{}'.ToCharArray()
    $ambiguous = 'O0Il1'.ToCharArray()
    $pool = ($upper + $lower + $digits) | Where-Object { $ambiguous -notcontains $_ }

    $rng = [System.Security.Cryptography.RandomNumberGenerator]::Create()
    $bytes = New-Object byte[] ($Length * 2)
    $rng.GetBytes($bytes)
    $rng.Dispose()

    $chars = for ($i = 0; $i -lt $Length - $Symbols; $i++) {
        $pool[$bytes[$i] % $pool.Count]
    }
    $chars += $special | Get-Random -Count $Symbols
    $shuffled = -join ($chars | Sort-Object { Get-Random })

    if ($AsSecureString) {
        return ConvertTo-SecureString -String $shuffled -AsPlainText -Force
    }
    return $shuffled
}

1..3 | ForEach-Object { New-RandomPassword -Length 20 }
$secure = New-RandomPassword -AsSecureString
$secure.GetType().Name
Add-Type -AssemblyName System.Web
[System.Web.Security.Membership]::GeneratePassword(14, 3)
$alphabet = [string]::Join('', [char[]]([int][char]'a'..[int][char]'f'))
$alphabet
