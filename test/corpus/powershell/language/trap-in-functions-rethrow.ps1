function Invoke-Step {
    param([string] $Name, [scriptblock] $Action)

    trap [System.IO.IOException] {
        Write-Warning "[$Name] I/O problem: $($_.Exception.Message)"
        continue
    }
    trap [System.UnauthorizedAccessException] {
        Write-Warning "[$Name] access denied; stopping this step"
        break
    }

    Write-Verbose "Starting $Name"
    & $Action
    "[$Name] finished"
}

function Invoke-All {
    trap {
        "Invoke-All caught: $($_.Exception.GetType().Name)"
        continue
    }
    Invoke-Step -Name 'read' -Action { throw [System.IO.FileNotFoundException]::new('config.xml missing') }
    Invoke-Step -Name 'write' -Action { throw [System.UnauthorizedAccessException]::new('C:\Windows is protected') }
    Invoke-Step -Name 'calc' -Action { [math]::Sqrt(16) }
    'Invoke-All reached the end'
}

Invoke-All

function Test-Rethrow {
    trap [System.FormatException] {
        Write-Warning 'logging the format error, then passing it on'
        throw $_
    }
    [int]::Parse('abc')
}

try {
    Test-Rethrow
}
catch [System.FormatException] {
    "outer handler received: $($_.Exception.Message)"
}

$ErrorActionPreference = 'Continue'
trap { "script-level trap: $_"; continue }
Get-Item -Path 'Z:\nothing' -ErrorAction Stop
'script continues after the trap'
