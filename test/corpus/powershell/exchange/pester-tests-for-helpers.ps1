# Pester (v4/v5 syntax) tests for two helper functions used by the mail-flow reports.
# Run with: Invoke-Pester -Path .\pester-tests-for-helpers.ps1

function ConvertTo-SizeBytes {
    param([string]$Text)
    if ($Text -match '\(([\d,]+) bytes\)') { return [long]($Matches[1] -replace ',', '') }
    if ($Text -match '^\s*(\d+(?:\.\d+)?)\s*(KB|MB|GB)\s*$') {
        $unit = @{ KB = 1KB; MB = 1MB; GB = 1GB }[$Matches[2].ToUpper()]
        return [long]([double]$Matches[1] * $unit)
    }
    throw "Not a size: '$Text'"
}

function Get-DomainFromAddress {
    param([string]$Address)
    return ($Address -split '@')[-1].ToLowerInvariant()
}

Describe 'ConvertTo-SizeBytes' {
    It 'reads the byte count Exchange prints in brackets' {
        ConvertTo-SizeBytes '1.5 GB (1,610,612,736 bytes)' | Should -Be 1610612736
    }
    It 'converts a size with a unit' {
        ConvertTo-SizeBytes '10MB' | Should -Be 10485760
    }
    It 'refuses text that is not a size' {
        { ConvertTo-SizeBytes 'large' } | Should -Throw
    }
}

Describe 'Get-DomainFromAddress' {
    It 'returns the lower-case domain of <Address>' -TestCases @(
        @{ Address = 'User@Contoso.com'; Expected = 'contoso.com' }
        @{ Address = 'a.b@mail.fabrikam.co.uk'; Expected = 'mail.fabrikam.co.uk' }
    ) {
        param($Address, $Expected)
        Get-DomainFromAddress $Address | Should -Be $Expected
    }
}
