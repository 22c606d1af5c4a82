[CmdletBinding()]
param(
    [string[]] $ComputerName = $env:COMPUTERNAME,
    [pscredential] $Credential
)

$sessionOptions = New-CimSessionOption -Protocol Dcom
$params = @{ ComputerName = $ComputerName; SessionOption = $sessionOptions; ErrorAction = 'Stop' }
if ($PSBoundParameters.ContainsKey('Credential')) { $params.Credential = $Credential }
$sessions = New-CimSession @params

try {
    foreach ($s in $sessions) {
        $os = Get-CimInstance -CimSession $s -ClassName Win32_OperatingSystem -Property Caption, LastBootUpTime, TotalVisibleMemorySize
        $disks = Get-CimInstance -CimSession $s -ClassName Win32_LogicalDisk -Filter "DriveType = 3"
        $svc = Get-CimInstance -CimSession $s -Query "SELECT Name, State FROM Win32_Service WHERE Name LIKE 'MSExchange%' AND StartMode = 'Auto'"

        [pscustomobject]@{
            Computer   = $s.ComputerName
            OS         = $os.Caption
            UptimeDays = [math]::Round(((Get-Date) - $os.LastBootUpTime).TotalDays, 1)
            MemoryGB   = [math]::Round($os.TotalVisibleMemorySize * 1KB / 1GB, 1)
            FreeDisk   = ($disks | ForEach-Object { '{0} {1:N0}GB' -f $_.DeviceID, ($_.FreeSpace / 1GB) }) -join ', '
            Stopped    = @($svc | Where-Object State -NE 'Running').Name -join ', '
        }
    }
    $proc = Invoke-CimMethod -CimSession $sessions[0] -ClassName Win32_Process -MethodName Create -Arguments @{ CommandLine = 'cmd.exe /c exit 0' }
    "Create returned $($proc.ReturnValue)"
}
finally {
    $sessions | Remove-CimSession
}

# The older WMI cmdlets still appear in many scripts.
Get-WmiObject -Class Win32_ComputerSystem | Select-Object Name, Domain, @{ n = 'RAM(GB)'; e = { [int]($_.TotalPhysicalMemory / 1GB) } }
$bios = [wmi]"\\.\root\cimv2:Win32_BIOS=@"
([wmiclass]'Win32_Process').Methods.Count
Get-WmiObject -Namespace root\cimv2 -Query 'SELECT * FROM Win32_NetworkAdapterConfiguration WHERE IPEnabled = TRUE' |
    ForEach-Object { $_.IPAddress -join ', ' }
