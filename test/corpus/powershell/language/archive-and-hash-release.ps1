[CmdletBinding()]
param(
    [string] $Source = "$PSScriptRoot\src",
    [string] $Destination = "$env:TEMP\release",
    [ValidateSet('SHA256', 'SHA1', 'MD5')]
    [string] $Algorithm = 'SHA256'
)

Add-Type -AssemblyName System.IO.Compression
Add-Type -AssemblyName System.IO.Compression.FileSystem

$null = New-Item -ItemType Directory -Path $Destination -Force
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$zipPath = Join-Path $Destination "connector-tools-$stamp.zip"

if (Test-Path $Source) {
    Compress-Archive -Path (Join-Path $Source '*') -DestinationPath $zipPath -CompressionLevel Optimal -Force
}
else {
    $zip = [System.IO.Compression.ZipFile]::Open($zipPath, [System.IO.Compression.ZipArchiveMode]::Create)
    try {
        $entry = $zip.CreateEntry('README.txt')
        $writer = New-Object System.IO.StreamWriter($entry.Open())
        $writer.WriteLine("Built $stamp without sources")
        $writer.Dispose()
    }
    finally {
        $zip.Dispose()
    }
}

$hash = Get-FileHash -Path $zipPath -Algorithm $Algorithm
'{0}  {1}' -f $hash.Hash.ToLowerInvariant(), (Split-Path $zipPath -Leaf) | Set-Content -Path "$zipPath.$($Algorithm.ToLower())" -Encoding ASCII

$read = [System.IO.Compression.ZipFile]::OpenRead($zipPath)
try {
    $read.Entries | Select-Object FullName, Length, CompressedLength -First 10
}
finally {
    $read.Dispose()
}
Expand-Archive -Path $zipPath -DestinationPath (Join-Path $Destination 'check') -Force
$sha = [System.Security.Cryptography.SHA256]::Create()
$stream = [System.IO.File]::OpenRead($zipPath)
try { -join ($sha.ComputeHash($stream) | ForEach-Object { $_.ToString('x2') }) } finally { $stream.Dispose(); $sha.Dispose() }
