BeforeDiscovery {
    $script:domains = @(
        @{ Domain = 'contoso.com'; Mx = 'contoso-com.mail.protection.outlook.com' }
        @{ Domain = 'fabrikam.com'; Mx = 'mail.fabrikam.com' }
    )
}

Describe 'Accepted domain <Domain>' -ForEach $domains {
    BeforeAll {
        $record = [pscustomobject]@{ NameExchange = $Mx; Preference = 10 }
    }

    It 'has an MX record' {
        $record | Should -Not -BeNullOrEmpty
    }

    It 'points to <Mx>' {
        $record.NameExchange | Should -Be $Mx
    }

    It 'uses a low preference' {
        $record.Preference | Should -BeLessOrEqual 20
    }
}

Describe 'String helpers' {
    It 'matches a pattern' {
        'smtp:ann@contoso.com' | Should -Match '^smtp:'
        'SMTP:ann@contoso.com' | Should -MatchExactly '^SMTP:'
    }

    It 'checks collections' {
        $list = 'a', 'b', 'c'
        $list | Should -HaveCount 3
        $list | Should -Contain 'b'
        'b' | Should -BeIn $list
        , $list | Should -BeOfType [object[]]
    }

    It 'checks files' -Skip:(-not (Test-Path $env:windir)) {
        $env:windir | Should -Exist
        Join-Path $env:windir 'win.ini' | Should -FileContentMatch 'fonts'
    }

    It 'is pending until the API exists' -Pending {
        $true | Should -BeFalse
    }
}
