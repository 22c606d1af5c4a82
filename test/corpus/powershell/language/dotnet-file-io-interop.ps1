$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'io-demo')
[void][System.IO.Directory]::CreateDirectory($root)
$file = [System.IO.Path]::Combine($root, 'addresses.txt')

[System.IO.File]::WriteAllLines($file, [string[]]@('ann@contoso.com', 'bob@contoso.com'), [System.Text.UTF8Encoding]::new($false))
[System.IO.File]::AppendAllText($file, "carol@fabrikam.com$([Environment]::NewLine)")
$lines = [System.IO.File]::ReadAllLines($file)
"Read $($lines.Length) lines; exists: $([System.IO.File]::Exists($file))"

$reader = New-Object -TypeName System.IO.StreamReader -ArgumentList $file
try {
    while ($null -ne ($line = $reader.ReadLine())) {
        $domain = $line.Substring($line.IndexOf('@') + 1)
        "$line -> $domain"
    }
}
finally {
    $reader.Close()
}

$bytes = [System.Text.Encoding]::UTF8.GetBytes('hello')
[Convert]::ToBase64String($bytes)
[System.BitConverter]::ToString([System.Security.Cryptography.SHA256]::Create().ComputeHash($bytes)).Replace('-', '').Substring(0, 16)

$info = New-Object System.IO.FileInfo $file
'{0} is {1} bytes, extension {2}' -f $info.Name, $info.Length, $info.Extension
[System.IO.Path]::GetFileNameWithoutExtension($file)
[System.IO.Path]::ChangeExtension($file, '.bak')
$watcher = New-Object System.IO.FileSystemWatcher -Property @{ Path = $root; Filter = '*.txt'; IncludeSubdirectories = $false }
$watcher.EnableRaisingEvents = $false
$watcher.Dispose()
[System.IO.Directory]::GetFiles($root, '*.txt') | ForEach-Object { [System.IO.Path]::GetFileName($_) }
[System.IO.Directory]::Delete($root, $true)
[System.Environment]::GetFolderPath([System.Environment+SpecialFolder]::ApplicationData)
[Environment]::OSVersion.Version.ToString()
[System.Net.Dns]::GetHostName()
