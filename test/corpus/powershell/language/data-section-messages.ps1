# Localised messages: a data section may hold only literals, ConvertFrom-StringData and allowed commands.
$messages = data {
    ConvertFrom-StringData -StringData @'
ConnectorCreated = Connector '{0}' was created on {1}.
ConnectorExists = A connector named '{0}' already exists.
BindingInvalid = The binding '{0}' is not an IP address and port.
'@
}

$defaults = DATA {
    @{
        Port     = 25
        Banner   = '220 mail.contoso.com ready'
        MaxSize  = '36MB'
    }
}

$limits = data -SupportedCommand Format-Table {
    'one', 'two'
}

Import-LocalizedData -BindingVariable messages -FileName 'Messages.psd1' -ErrorAction SilentlyContinue

function Write-ConnectorMessage {
    param(
        [ValidateSet('ConnectorCreated', 'ConnectorExists', 'BindingInvalid')]
        [string] $Key,
        [object[]] $Arguments
    )
    Write-Host ($messages[$Key] -f $Arguments)
}

Write-ConnectorMessage -Key ConnectorCreated -Arguments 'Relay', 'EX01'
Write-ConnectorMessage -Key BindingInvalid -Arguments '10.0.0.300:25'
"Default port $($defaults.Port), banner '$($defaults.Banner)', $($limits.Count) limits"
$data2 = DATA { 1, 2.5, 'three', $true, $null }
$data2.Count
