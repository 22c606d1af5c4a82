BeforeAll {
    class AddressBook {
        hidden [System.Collections.Generic.Dictionary[string, string]] $entries =
            [System.Collections.Generic.Dictionary[string, string]]::new([StringComparer]::OrdinalIgnoreCase)

        [void] Add([string] $name, [string] $address) {
            if ($address -notmatch '^[^@]+@[^@]+$') {
                throw [System.ArgumentException]::new("'$address' is not an e-mail address", 'address')
            }
            $this.entries[$name] = $address
        }

        [string] Find([string] $name) {
            $found = $null
            if ($this.entries.TryGetValue($name, [ref] $found)) { return $found }
            return $null
        }

        [int] Count() { return $this.entries.Count }
    }
}

Describe 'AddressBook' {
    BeforeEach {
        $book = [AddressBook]::new()
    }

    It 'starts empty' {
        $book.Count() | Should -Be 0
    }

    It 'finds an entry regardless of case' {
        $book.Add('Ann', 'ann@contoso.com')
        $book.Find('ANN') | Should -Be 'ann@contoso.com'
    }

    It 'replaces an existing entry' {
        $book.Add('Ann', 'ann@contoso.com')
        $book.Add('ann', 'ann.lee@contoso.com')
        $book.Count() | Should -Be 1
        $book.Find('Ann') | Should -Be 'ann.lee@contoso.com'
    }

    It 'rejects <Bad>' -TestCases @(
        @{ Bad = 'no-at-sign' }
        @{ Bad = 'two@@signs' }
    ) {
        { $book.Add('x', $Bad) } | Should -Throw -ExceptionType ([System.ArgumentException])
    }

    It 'returns null for an unknown name' {
        $book.Find('nobody') | Should -BeNullOrEmpty
    }

    Context 'skipped on purpose' {
        It 'reports itself as skipped' {
            Set-ItResult -Skipped -Because 'the directory lookup is not mocked yet'
        }
    }
}
