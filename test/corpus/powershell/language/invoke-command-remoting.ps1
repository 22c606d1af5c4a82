param(
    [string[]] $ComputerName = @('ex01', 'ex02'),
    [string] $ServiceName = 'MSExchangeTransport'
)

$threshold = 80
$options = New-PSSessionOption -OpenTimeout 15000 -OperationTimeout 60000 -SkipCACheck
$sessions = New-PSSession -ComputerName $ComputerName -SessionOption $options -ErrorAction SilentlyContinue -ErrorVariable connectErrors
foreach ($e in $connectErrors) { Write-Warning "Connect failed: $($e.TargetObject)" }

$results = Invoke-Command -Session $sessions -ScriptBlock {
    param($Name)
    $svc = Get-Service -Name $Name -ErrorAction SilentlyContinue
    $disk = Get-PSDrive -Name C
    [pscustomobject]@{
        Service   = if ($svc) { $svc.Status.ToString() } else { 'missing' }
        UsedPct   = [math]::Round($disk.Used / ($disk.Used + $disk.Free) * 100)
        OverLimit = [math]::Round($disk.Used / ($disk.Used + $disk.Free) * 100) -gt $using:threshold
    }
} -ArgumentList $ServiceName

$results | Select-Object PSComputerName, Service, UsedPct, OverLimit | Sort-Object PSComputerName | Format-Table

$localFunction = ${function:Get-Random}
Invoke-Command -Session $sessions[0] -ScriptBlock ([scriptblock]::Create("function Get-Pick { $localFunction }; Get-Pick -Maximum 10"))
Invoke-Command -ComputerName $ComputerName[0] -FilePath "$PSScriptRoot\Collect-Logs.ps1" -ErrorAction SilentlyContinue
Invoke-Command -Session $sessions -ScriptBlock { $env:COMPUTERNAME } -HideComputerName
Enter-PSSession -Session $sessions[0] -ErrorAction SilentlyContinue
Exit-PSSession
$sessions | Remove-PSSession
