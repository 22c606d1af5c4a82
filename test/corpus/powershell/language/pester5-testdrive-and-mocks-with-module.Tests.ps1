#requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.3.0' }

BeforeAll {
    $modulePath = Join-Path $PSScriptRoot '..\src\ConnectorTools.psd1'
    Import-Module $modulePath -Force
}

AfterAll {
    Remove-Module ConnectorTools -ErrorAction SilentlyContinue
}

Describe 'Export-ConnectorReport' {
    BeforeAll {
        Mock -ModuleName ConnectorTools Get-SendConnector {
            [pscustomobject]@{ Name = 'Internet'; AddressSpaces = 'SMTP:*;1'; Enabled = $true }
            [pscustomobject]@{ Name = 'Partner'; AddressSpaces = 'SMTP:fabrikam.com;1'; Enabled = $false }
        }
    }

    It 'writes one row per connector' {
        $file = Join-Path $TestDrive 'report.csv'
        Export-ConnectorReport -Path $file
        $rows = Import-Csv -Path $file
        $rows.Count | Should -Be 2
        $rows[1].Enabled | Should -Be 'False'
    }

    It 'creates the folder when it is missing' {
        $file = "TestDrive:\nested\deeper\report.csv"
        Export-ConnectorReport -Path $file
        $file | Should -Exist
    }

    It 'calls Get-SendConnector inside the module' {
        Export-ConnectorReport -Path (Join-Path $TestDrive 'x.csv')
        Should -Invoke -CommandName Get-SendConnector -ModuleName ConnectorTools -Times 1 -Exactly -Scope It
    }

    InModuleScope ConnectorTools {
        It 'formats address spaces privately' {
            Format-AddressSpace -Value 'SMTP:*;1' | Should -Be '*'
        }
    }
}
