$config = @{
    Server   = 'ex01'
    'Port'   = 25
    "Tls"    = $true
    1        = 'numeric key'
    Limits   = @{ MaxMessageSize = 36MB; MaxRecipients = 500 }
    Domains  = @('contoso.com', 'fabrikam.com')
    Computed = (Get-Date).Year
}
$inline = @{ a = 1; b = 2; c = @{ d = 3 } }
$ordered = [ordered]@{ Third = 3; First = 1; Second = 2 }

$config.Server
$config['Port']
$config.Limits.MaxMessageSize / 1MB
$config[1]
$inline.c.d
$config.Keys.Count
$ordered.Keys -join ','
$ordered[0]
$ordered.Insert(0, 'Zero', 0)
$ordered.Keys -join ','

$config.Add('Banner', '220 ready')
$config.Remove('Computed')
$config['New'] = 'value'
$config.New += ' appended'
$config.ContainsKey('Banner')
$config.ContainsValue(25)
$key = 'Tls'
$config.$key
$config."$key"
$config.($key)

foreach ($entry in $config.GetEnumerator() | Sort-Object { [string]$_.Key }) {
    '{0,-10} {1}' -f $entry.Key, $entry.Value
}
$config.Keys | Where-Object { $config[$_] -is [hashtable] }

$merged = $inline + @{ e = 5 }
$merged.Count
$copy = $inline.Clone()
$copy.a = 100
"$($inline.a) vs $($copy.a)"
$lookup = @{}
'apple', 'avocado', 'banana' | ForEach-Object { $lookup[$_[0]] += @($_) }
$lookup[[char]'a'] -join ' '
$case = New-Object System.Collections.Hashtable ([StringComparer]::Ordinal)
$case['A'] = 1; $case['a'] = 2
$case.Count
$obj = [pscustomobject]$ordered
$obj.PSObject.Properties.Name -join ','
$h2 = @{}; $h2.Item('x') = 9; $h2.x
