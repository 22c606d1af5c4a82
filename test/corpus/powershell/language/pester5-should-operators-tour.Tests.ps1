Describe 'Should operators' -Tag 'Smoke', 'Docs' {
    Context 'equality' {
        It 'compares numbers and strings' {
            1 + 1 | Should -Be 2
            'abc' | Should -Be 'ABC'
            'abc' | Should -Not -BeExactly 'ABC'
            10 | Should -BeGreaterThan 9
            10 | Should -BeGreaterOrEqual 10
        }

        It 'compares wildcards and like' {
            'Default EX01' | Should -BeLike 'Default *'
            'Default EX01' | Should -BeLikeExactly 'Default EX??'
        }
    }

    Context 'types and nulls' {
        It 'checks types' {
            Get-Date | Should -BeOfType [datetime]
            @{} | Should -BeOfType 'System.Collections.Hashtable'
        }

        It 'checks empties' {
            $null | Should -BeNullOrEmpty
            @() | Should -BeNullOrEmpty
            '' | Should -BeNullOrEmpty
        }
    }

    Context 'errors' {
        It 'catches a typed exception' {
            { [int]::Parse('x') } | Should -Throw -ExceptionType ([System.FormatException])
        }

        It 'captures the error record' {
            $err = { throw [System.ArgumentException]::new('bad value', 'Name') } | Should -Throw -PassThru
            $err.Exception.ParamName | Should -Be 'Name'
        }

        It 'checks that a command exists' {
            'Get-Process' | Should -HaveParameter Name -Type [string[]]
        }
    }

    It 'skips on non-Windows' -Skip:($PSVersionTable.PSVersion.Major -lt 5) {
        $IsCoreCLR | Should -Not -BeTrue
    }
}
