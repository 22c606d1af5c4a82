# Server component states mapped onto an enum, then handled with a switch on enum values.
enum ComponentState {
    Inactive
    Active
    Draining
    Unknown
}

function ConvertTo-ComponentState([string]$Text) {
    $parsed = [ComponentState]::Unknown
    if ([Enum]::TryParse($Text, $true, [ref]$parsed)) { return $parsed }
    return [ComponentState]::Unknown
}

$server = $env:COMPUTERNAME
foreach ($component in Get-ServerComponentState -Identity $server) {
    $state = ConvertTo-ComponentState "$($component.State)"
    switch ($state) {
        ([ComponentState]::Active) {
            Write-Host ("{0,-28} active" -f $component.Component) -ForegroundColor Green
        }
        ([ComponentState]::Draining) {
            Write-Host ("{0,-28} draining (maintenance in progress?)" -f $component.Component) -ForegroundColor Yellow
        }
        ([ComponentState]::Inactive) {
            $requesters = ($component.LocalStates + $component.RemoteStates | Where-Object { "$($_.State)" -eq 'Inactive' } | ForEach-Object { $_.Requester }) -join ', '
            Write-Host ("{0,-28} INACTIVE, set by: {1}" -f $component.Component, $requesters) -ForegroundColor Red
        }
        default {
            Write-Host ("{0,-28} {1}" -f $component.Component, $component.State) -ForegroundColor Gray
        }
    }
}
