<#
.SYNOPSIS
    Build script for Invoke-Build.
#>
param(
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',
    $ModuleName = 'ConnectorTools'
)

$BuildRoot = $PSScriptRoot
$Staging = "$BuildRoot\output\$ModuleName"

# Synopsis: the default task.
task . Clean, Build, Test

# Synopsis: remove temporary files.
task Clean {
    remove output, *.nupkg
}

# Synopsis: copy the module to the staging folder.
task Build Clean, {
    $null = New-Item -Path $Staging -ItemType Directory -Force
    Copy-Item -Path "$BuildRoot\src\*" -Destination $Staging -Recurse
    $manifest = Join-Path $Staging "$ModuleName.psd1"
    assert (Test-Path $manifest) "No manifest at $manifest"
}

# Synopsis: run the tests.
task Test Build, {
    $result = Invoke-Pester -Path "$BuildRoot\tests" -PassThru
    equals $result.FailedCount 0
}

task Publish -If ($Configuration -eq 'Release') Test, {
    exec { dotnet nuget push "$BuildRoot\output\*.nupkg" --source internal }
}

Enter-Build {
    Write-Build Cyan "Building $ModuleName ($Configuration)"
}
Exit-Build {
    Write-Build Green 'Done'
}
