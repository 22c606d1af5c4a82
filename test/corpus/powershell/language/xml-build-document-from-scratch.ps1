$ns = 'urn:contoso:connectors'
$doc = New-Object System.Xml.XmlDocument
$declaration = $doc.CreateXmlDeclaration('1.0', 'UTF-8', $null)
[void] $doc.AppendChild($declaration)
$root = $doc.CreateElement('connectors', $ns)
[void] $doc.AppendChild($root)
$root.SetAttribute('generated', (Get-Date).ToString('s'))

$data = @(
    @{ Name = 'Internet'; Type = 'Send'; Spaces = @('*') }
    @{ Name = 'Partner'; Type = 'Send'; Spaces = @('fabrikam.com', 'tailspin.com') }
    @{ Name = 'Relay'; Type = 'Receive'; Spaces = @() }
)
foreach ($c in $data) {
    $el = $doc.CreateElement('connector', $ns)
    $el.SetAttribute('name', $c.Name)
    $el.SetAttribute('type', $c.Type)
    foreach ($s in $c.Spaces) {
        $space = $doc.CreateElement('addressSpace', $ns)
        $space.InnerText = $s
        [void] $el.AppendChild($space)
    }
    $comment = $doc.CreateComment(" $($c.Spaces.Count) address spaces ")
    [void] $el.AppendChild($comment)
    [void] $root.AppendChild($el)
}

$manager = New-Object System.Xml.XmlNamespaceManager($doc.NameTable)
$manager.AddNamespace('c', $ns)
$doc.SelectNodes('//c:connector[@type="Send"]', $manager) | ForEach-Object { $_.GetAttribute('name') }
$doc.SelectSingleNode('//c:connector[c:addressSpace="tailspin.com"]/@name', $manager).Value

$path = Join-Path $env:TEMP 'connectors.xml'
$doc.Save($path)
$reloaded = [xml](Get-Content $path -Raw)
$reloaded.connectors.connector | Select-Object name, type, @{ n = 'spaces'; e = { $_.addressSpace -join ',' } }
$navigator = $reloaded.CreateNavigator()
$navigator.Evaluate('count(//*[local-name()="addressSpace"])')
Get-Service | Select-Object -First 2 Name, Status | ConvertTo-Xml -As String -NoTypeInformation | Out-Null
Get-Date | Export-Clixml -Path "$env:TEMP\date.clixml"
(Import-Clixml -Path "$env:TEMP\date.clixml").GetType().Name
