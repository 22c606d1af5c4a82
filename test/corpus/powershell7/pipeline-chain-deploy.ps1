#requires -Version 7.0
param([string] $Destination = "$HOME/deploy")

New-Item -ItemType Directory -Path $Destination -Force | Out-Null && Write-Host "Created $Destination"
Test-Path "$Destination/app.zip" || Write-Warning 'No package yet'

git fetch --quiet && git status --short && Write-Host 'Repository is up to date'
dotnet build --configuration Release && dotnet test --no-build || Write-Error 'The build or the tests failed'

Copy-Item -Path ./out/* -Destination $Destination -Recurse -ErrorAction Stop && "Copied build output"
$ok = (Test-Connection -TargetName 'ex01' -Count 1 -Quiet) && (Test-Path $Destination)
"Both checks: $ok"
Remove-Item -Path "$Destination/old" -Recurse -ErrorAction SilentlyContinue || $true
