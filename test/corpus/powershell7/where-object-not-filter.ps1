#requires -Version 7.0
# Where-Object -Not (PowerShell 6.1 and later) keeps the objects whose property is false or missing.
$services = Get-Service -ErrorAction SilentlyContinue
$leaves = $services | Where-Object -Not -Property DependentServices
"services that nothing depends on: $(@($leaves).Count)"

$files = Get-ChildItem -Path $HOME -File -ErrorAction SilentlyContinue
$files | Where-Object -Not IsReadOnly | Select-Object -First 5 Name
