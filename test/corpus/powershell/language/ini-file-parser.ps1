function ConvertFrom-Ini {
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param([Parameter(Mandatory)] [string] $Path)

    $ini = [ordered]@{}
    $section = 'NoSection'
    $ini[$section] = [ordered]@{}
    $commentCount = 0

    switch -Regex -File $Path {
        '^\s*\[(.+)\]\s*$' {
            $section = $Matches[1].Trim()
            if (-not $ini.Contains($section)) { $ini[$section] = [ordered]@{} }
            continue
        }
        '^\s*[;#]' {
            $commentCount++
            $ini[$section]["Comment$commentCount"] = $_.TrimStart(';#').Trim()
            continue
        }
        '^\s*([^=]+?)\s*=\s*(.*?)\s*$' {
            $ini[$section][$Matches[1]] = $Matches[2].Trim('"')
            continue
        }
        '^\s*$' { continue }
        default { Write-Verbose "Ignored line: $_" }
    }
    if ($ini['NoSection'].Count -eq 0) { $ini.Remove('NoSection') }
    $ini
}

function ConvertTo-Ini {
    param([System.Collections.IDictionary] $Data)
    foreach ($s in $Data.Keys) {
        "[$s]"
        foreach ($k in $Data[$s].Keys) {
            if ($k -like 'Comment*') { "; $($Data[$s][$k])" } else { "$k=$($Data[$s][$k])" }
        }
        ''
    }
}

$sample = Join-Path $env:TEMP 'agent.ini'
@'
; agent settings
[General]
Server = ex01.contoso.local
Port=25

[Logging]
Level = "Verbose"
Path = C:\Logs\agent
'@ | Set-Content -Path $sample

$config = ConvertFrom-Ini -Path $sample
$config.General.Server
$config['Logging']['Level']
$config.General.Port = 587
ConvertTo-Ini -Data $config | Set-Content -Path $sample
Get-Content $sample
