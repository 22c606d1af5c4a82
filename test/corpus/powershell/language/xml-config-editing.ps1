$configPath = Join-Path $env:TEMP 'EdgeTransport.exe.config'
@'
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="MaxConcurrentMailboxDeliveries" value="20" />
    <add key="QueueDatabasePath" value="D:\Queue" />
  </appSettings>
  <runtime>
    <gcServer enabled="true" />
  </runtime>
</configuration>
'@ | Set-Content -Path $configPath -Encoding UTF8

[xml] $xml = Get-Content -Path $configPath -Raw
$settings = $xml.configuration.appSettings
$settings.add | ForEach-Object { '{0} = {1}' -f $_.key, $_.value }

$node = $xml.SelectSingleNode("//appSettings/add[@key='MaxConcurrentMailboxDeliveries']")
$node.SetAttribute('value', '40')

if (-not $xml.SelectSingleNode("//appSettings/add[@key='DeliveryRetry']")) {
    $new = $xml.CreateElement('add')
    $new.SetAttribute('key', 'DeliveryRetry')
    $new.SetAttribute('value', '00:05:00')
    [void]$settings.AppendChild($new)
}

$xml.configuration.runtime.gcServer.enabled = 'false'
$writerSettings = New-Object System.Xml.XmlWriterSettings
$writerSettings.Indent = $true
$writerSettings.Encoding = [System.Text.UTF8Encoding]::new($false)
$writer = [System.Xml.XmlWriter]::Create($configPath, $writerSettings)
try { $xml.Save($writer) } finally { $writer.Dispose() }

Select-Xml -Path $configPath -XPath '//add' | ForEach-Object { $_.Node.key }
$ns = @{ d = 'http://schemas.microsoft.com/win/2004/08/events/event' }
$eventXml = [xml]'<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>1000</EventID></System></Event>'
(Select-Xml -Xml $eventXml -XPath '//d:EventID' -Namespace $ns).Node.InnerText
$xml.OuterXml.Length
