$moduleName = 'ConnectorTools'
Get-Module $moduleName | Remove-Module -Force
Import-Module "$PSScriptRoot\..\src\$moduleName.psd1" -Force -ErrorAction SilentlyContinue

Describe 'Export-ConnectorReport (Pester 4)' -Tag 'Unit', 'Report' {
    Mock -ModuleName $moduleName Get-SendConnector {
        New-Object psobject -Property @{ Name = 'Internet'; AddressSpaces = @('SMTP:*;1'); Enabled = $true }
    }

    Context 'writing to TestDrive' {
        $target = Join-Path $TestDrive 'out\report.csv'
        Export-ConnectorReport -Path $target

        It 'creates the file' {
            $target | Should Exist
        }

        It 'has one data row' {
            @(Import-Csv $target).Count | Should Be 1
        }

        It 'calls Get-SendConnector once' {
            Assert-MockCalled -ModuleName $moduleName -CommandName Get-SendConnector -Times 1 -Exactly -Scope Context
        }
    }

    Context 'inside the module' {
        It 'formats an address space' {
            InModuleScope $moduleName {
                Format-AddressSpace -Value 'SMTP:contoso.com;1' | Should BeExactly 'contoso.com'
            }
        }
    }

    Context 'setup files in TestDrive' {
        Setup -File 'input\list.txt' -Content "a`nb`nc"

        It 'reads them back' {
            (Get-Content 'TestDrive:\input\list.txt').Count | Should Be 3
        }

        It 'matches content' {
            'TestDrive:\input\list.txt' | Should FileContentMatch '^b$'
        }
    }
}
