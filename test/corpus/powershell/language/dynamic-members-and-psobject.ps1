$server = [pscustomobject]@{ Name = 'ex01'; Role = 'Mailbox'; Queues = 3 }

foreach ($property in 'Name', 'Role', 'Queues') {
    '{0} = {1}' -f $property, $server.$property
}
$prop = 'Role'
$server.($prop)
$server."Name"
$server.('Qu' + 'eues')
$method = 'ToUpper'
$server.Name.$method()
$server.Name.('ToLower').Invoke()

$server | Add-Member -MemberType NoteProperty -Name Site -Value 'Dublin'
$server | Add-Member -MemberType ScriptProperty -Name Label -Value { "$($this.Name) ($($this.Role))" }
$server | Add-Member -MemberType ScriptMethod -Name Describe -Value { param($prefix) "$prefix $($this.Label)" }
$server | Add-Member -MemberType AliasProperty -Name Host -Value Name
$server | Add-Member -NotePropertyMembers @{ Version = '15.2'; Patched = $false }
$server.Label
$server.Describe('Server:')
$server.Host
$server.psobject.Properties | Select-Object Name, MemberType, TypeNameOfValue
$server.PSObject.Properties['Queues'].Value = 10
$server.PSObject.Properties.Remove('Patched')
$server.PSObject.TypeNames.Insert(0, 'Contoso.Server')
$server.PSObject.TypeNames[0]
Get-Member -InputObject $server -MemberType Properties | Select-Object -ExpandProperty Name

Update-TypeData -TypeName 'Contoso.Server' -MemberType ScriptProperty -MemberName IsBusy -Value { $this.Queues -gt 5 } -Force
$server.IsBusy

$o = New-Object -TypeName PSObject -Property ([ordered]@{ A = 1; B = 2 })
$o | Select-Object -Property * -ExcludeProperty B
$copy = $o.PSObject.Copy()
$copy.A = 99
"$($o.A) $($copy.A)"
$noteNames = ($o | Get-Member -MemberType NoteProperty).Name
$noteNames -join ','
[pscustomobject]@{ 'Odd name' = 1; 'with-dash' = 2 }.'with-dash'
