# Native tools each have their own argument syntax; PowerShell passes most of it through unchanged.
$share = 'D:\Shares\Reports'
$logDir = "$env:TEMP\robocopy"

robocopy.exe $share "\\backup01\reports$" /MIR /R:2 /W:5 /NP /LOG+:"$logDir\copy.log"
if ($LASTEXITCODE -ge 8) { Write-Warning "robocopy failed with $LASTEXITCODE" }

icacls.exe $share /grant 'CONTOSO\Report Readers:(OI)(CI)RX' /T /C
netsh advfirewall firewall add rule name="SMTP Relay" dir=in action=allow protocol=TCP localport=25
netsh interface ipv4 show addresses
sc.exe config MSExchangeTransport start= delayed-auto
sc.exe failure MSExchangeTransport reset= 86400 actions= restart/60000/restart/60000//
schtasks.exe /Create /TN "Contoso\Queue Report" /TR "powershell.exe -NoProfile -File C:\Scripts\queue.ps1" /SC DAILY /ST 06:00 /RU SYSTEM /F
wevtutil.exe qe Application /q:"*[System[(Level=2)]]" /c:5 /f:text /rd:true
certutil -store My | Select-String -Pattern 'Cert Hash'
cmd.exe /c 'dir /b "%ProgramFiles%" & echo done'
& "$env:windir\System32\whoami.exe" /groups /fo csv | ConvertFrom-Csv | Select-Object -First 3
& 'C:\Program Files\Microsoft\Exchange Server\V15\Bin\ExSetup.exe' /? 2>&1 | Out-Null
$exe = Join-Path $env:windir 'System32\ipconfig.exe'
& $exe /all | Select-String 'IPv4'
$arguments = @('-n', '1', '-w', '200', 'ex01.contoso.local')
& ping.exe $arguments
msiexec /i "C:\Temp\agent.msi" /qn /norestart /l*v "C:\Temp\agent.log" INSTALLDIR="C:\Agent"
git log --oneline -5 -- src/
dism.exe --% /online /enable-feature /featurename:IIS-WebServerRole /all /norestart
Start-Process -FilePath 'setup.exe' -ArgumentList '/Mode:Upgrade', '/IAcceptExchangeServerLicenseTerms_DiagnosticDataON' -Wait -NoNewWindow -PassThru |
    Select-Object ExitCode
