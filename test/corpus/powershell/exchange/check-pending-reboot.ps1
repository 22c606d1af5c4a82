# Reports Exchange servers that wait for a reboot (CBS, Windows Update, pending renames).
function Test-PendingReboot {
    [CmdletBinding()]
    param([string]$ComputerName)

    Invoke-Command -ComputerName $ComputerName -ScriptBlock {
        $reasons = New-Object System.Collections.Generic.List[string]
        if (Test-Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending') {
            $reasons.Add('CBS')
        }
        if (Test-Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired') {
            $reasons.Add('WindowsUpdate')
        }
        $session = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager' -Name PendingFileRenameOperations -ErrorAction SilentlyContinue
        if ($session -and $session.PendingFileRenameOperations) {
            $reasons.Add('FileRename')
        }
        , $reasons.ToArray()
    }
}

foreach ($exchange in Get-ExchangeServer) {
    try {
        $why = Test-PendingReboot -ComputerName $exchange.Fqdn -ErrorAction Stop
        if ($why.Count -gt 0) {
            Write-Host ("{0}: reboot pending ({1})" -f $exchange.Name, ($why -join ', ')) -ForegroundColor Yellow
        }
        else {
            Write-Host ("{0}: no reboot pending" -f $exchange.Name) -ForegroundColor Green
        }
    }
    catch {
        Write-Host ("{0}: {1}" -f $exchange.Name, $_.Exception.Message) -ForegroundColor Red
    }
}
