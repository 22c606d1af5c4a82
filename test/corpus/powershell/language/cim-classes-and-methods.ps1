$class = Get-CimClass -ClassName Win32_Service
$class.CimClassMethods | Select-Object -First 5 Name, ReturnType
$class.CimClassProperties | Where-Object Name -Like 'Start*' | Select-Object Name, CimType

$svc = Get-CimInstance -ClassName Win32_Service -Filter "Name = 'Spooler'"
if ($svc) {
    $result = Invoke-CimMethod -InputObject $svc -MethodName ChangeStartMode -Arguments @{ StartMode = 'Manual' } -WhatIf
    "ChangeStartMode returned $($result.ReturnValue)"
}

$shares = Get-CimInstance -Namespace root/cimv2 -ClassName Win32_Share | Where-Object { $_.Type -eq 0 }
$shares | Select-Object Name, Path, Description

$associations = Get-CimInstance Win32_LogicalDisk -Filter "DeviceID = 'C:'" |
    Get-CimAssociatedInstance -ResultClassName Win32_DiskPartition
$associations | Select-Object Name, Size

$patches = Get-CimInstance -ClassName Win32_QuickFixEngineering |
    Sort-Object -Property { [datetime]$_.InstalledOn } -Descending -ErrorAction SilentlyContinue |
    Select-Object -First 5 HotFixID, Description, InstalledOn
$patches

$query = "SELECT * FROM __InstanceCreationEvent WITHIN 5 WHERE TargetInstance ISA 'Win32_Process' AND TargetInstance.Name = 'notepad.exe'"
Register-CimIndicationEvent -Query $query -SourceIdentifier NotepadStarted -Action {
    Write-Host "notepad started with PID $($Event.SourceEventArgs.NewEvent.TargetInstance.ProcessId)"
} | Out-Null
Start-Sleep -Seconds 1
Unregister-Event -SourceIdentifier NotepadStarted
$os = Get-CimInstance Win32_OperatingSystem
$os | Get-Member -MemberType Property | Measure-Object | Select-Object -ExpandProperty Count
Get-CimInstance -ClassName MSFT_NetAdapter -Namespace root/StandardCimv2 -ErrorAction SilentlyContinue | Select-Object -First 2 Name, LinkSpeed
