$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$sut = (Split-Path -Leaf $MyInvocation.MyCommand.Path) -replace '\.Tests\.', '.'
if (Test-Path "$here\$sut") { . "$here\$sut" }

function ConvertTo-Bytes {
    param([string] $Size)
    if ($Size -match '^(?<n>[\d.]+)\s*(?<u>KB|MB|GB)$') {
        $factor = switch ($Matches.u) { 'KB' { 1KB } 'MB' { 1MB } 'GB' { 1GB } }
        return [long]([double]$Matches.n * $factor)
    }
    throw "Cannot read size '$Size'"
}

Describe 'ConvertTo-Bytes' {
    It 'reads kilobytes' {
        ConvertTo-Bytes '10 KB' | Should Be 10240
    }

    It 'reads fractional gigabytes' {
        ConvertTo-Bytes '1.5GB' | Should BeExactly 1610612736
    }

    It 'returns a long' {
        ConvertTo-Bytes '1MB' | Should BeOfType [long]
    }

    It 'rejects unknown units' {
        { ConvertTo-Bytes '12 parsecs' } | Should Throw 'Cannot read size'
    }

    It 'is not null' {
        ConvertTo-Bytes '1 KB' | Should Not BeNullOrEmpty
    }

    Context 'range checks' {
        $cases = @(
            @{ Text = '1 KB'; Min = 1000; Max = 1100 }
            @{ Text = '2 MB'; Min = 2000000; Max = 2200000 }
        )
        It 'puts <Text> between <Min> and <Max>' -TestCases $cases {
            param($Text, $Min, $Max)
            $value = ConvertTo-Bytes $Text
            $value | Should BeGreaterThan $Min
            $value | Should BeLessThan $Max
        }
    }
}
