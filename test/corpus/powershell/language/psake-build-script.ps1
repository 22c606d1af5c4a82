# psake build file: tasks are commands that take script blocks.
Properties {
    $Configuration = 'Release'
    $SolutionDir = Split-Path -Parent $psake.build_script_file
    $OutputDir = Join-Path $SolutionDir 'out'
    $Version = '1.4.0'
}

FormatTaskName '-------- {0} --------'

Task Default -Depends Test

Task Clean -Description 'Removes build output' {
    if (Test-Path $OutputDir) {
        Remove-Item -Path $OutputDir -Recurse -Force
    }
    New-Item -ItemType Directory -Path $OutputDir | Out-Null
}

Task Compile -Depends Clean -PreCondition { Test-Path "$SolutionDir\src" } {
    Exec { msbuild "$SolutionDir\ConnectorTools.sln" /p:Configuration=$Configuration /p:Version=$Version /v:minimal /nologo }
}

Task Analyze -Depends Compile {
    $issues = Invoke-ScriptAnalyzer -Path "$SolutionDir\src" -Recurse -Severity Error, Warning
    $issues | Format-Table RuleName, ScriptName, Line -AutoSize
    Assert ($issues.Count -eq 0) "ScriptAnalyzer found $($issues.Count) issues"
}

Task Test -Depends Analyze {
    $result = Invoke-Pester -Path "$SolutionDir\tests" -PassThru -Output Detailed
    Assert ($result.FailedCount -eq 0) "$($result.FailedCount) tests failed"
}

Task Package -Depends Test -RequiredVariables Version {
    $zip = Join-Path $OutputDir "ConnectorTools-$Version.zip"
    Compress-Archive -Path "$SolutionDir\src\*" -DestinationPath $zip -Force
    "Created $zip"
}

TaskSetup {
    Write-Host "Starting $($psake.context.Peek().currentTaskName)"
}
