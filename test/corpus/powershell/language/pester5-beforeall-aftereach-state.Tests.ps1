Describe 'Temporary registry key' {
    BeforeAll {
        $script:root = 'HKCU:\Software\ConnectorStudioTests'
        if (-not (Test-Path $root)) {
            New-Item -Path $root -Force | Out-Null
        }
    }

    AfterAll {
        Remove-Item -Path $root -Recurse -Force -ErrorAction SilentlyContinue
    }

    BeforeEach {
        $script:name = 'Value{0}' -f (Get-Random -Maximum 100000)
    }

    AfterEach {
        Remove-ItemProperty -Path $root -Name $name -ErrorAction SilentlyContinue
    }

    It 'stores a DWORD' {
        New-ItemProperty -Path $root -Name $name -Value 42 -PropertyType DWord | Out-Null
        (Get-ItemProperty -Path $root).$name | Should -Be 42
    }

    It 'stores a multi-string' {
        New-ItemProperty -Path $root -Name $name -Value @('a', 'b') -PropertyType MultiString | Out-Null
        (Get-ItemPropertyValue -Path $root -Name $name) | Should -Be @('a', 'b')
    }

    It 'reports a missing value' {
        { Get-ItemPropertyValue -Path $root -Name 'DoesNotExist' -ErrorAction Stop } |
            Should -Throw -ErrorId 'System.Management.Automation.PSArgumentException,Microsoft.PowerShell.Commands.GetItemPropertyValueCommand'
    }
}
