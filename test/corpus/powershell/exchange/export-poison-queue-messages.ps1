# Exports every message in the poison queue to .eml files so they can be looked at safely.
param(
    [string]$Server = $env:COMPUTERNAME,
    [string]$Destination = 'D:\PoisonExport'
)

if (-not (Test-Path -Path $Destination)) {
    [void](New-Item -Path $Destination -ItemType Directory)
}

$messages = Get-Message -Queue "$Server\Poison" -ResultSize Unlimited -ErrorAction SilentlyContinue
if (-not $messages) {
    Write-Host "The poison queue on $Server is empty." -ForegroundColor Green
    return
}

foreach ($m in $messages) {
    $safeSubject = ($m.Subject -replace '[\\/:*?"<>|]', '_')
    if ($safeSubject.Length -gt 60) { $safeSubject = $safeSubject.Substring(0, 60) }
    $file = Join-Path $Destination ('{0}_{1}.eml' -f $m.Identity.InternalId, $safeSubject)

    Export-Message -Identity $m.Identity | AssembleMessage -Path $file
    Write-Host "Exported $($m.Identity) -> $file"
}
