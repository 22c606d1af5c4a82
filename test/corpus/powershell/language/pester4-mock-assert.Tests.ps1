function Remove-OldLogs {
    param([string] $Path, [int] $Days = 30)
    $limit = (Get-Date).AddDays(-$Days)
    Get-ChildItem -Path $Path -Filter *.log |
        Where-Object { $_.LastWriteTime -lt $limit } |
        Remove-Item -Force
}

Describe 'Remove-OldLogs' {
    $now = Get-Date
    Mock Get-ChildItem {
        New-Object -TypeName psobject -Property @{ FullName = 'C:\Logs\old.log'; LastWriteTime = $now.AddDays(-45) }
        New-Object -TypeName psobject -Property @{ FullName = 'C:\Logs\new.log'; LastWriteTime = $now.AddDays(-2) }
    }
    Mock Remove-Item { }

    Context 'default age' {
        Remove-OldLogs -Path 'C:\Logs'

        It 'removes exactly one file' {
            Assert-MockCalled Remove-Item -Times 1 -Exactly
        }

        It 'asks for log files only' {
            Assert-MockCalled Get-ChildItem -ParameterFilter { $Filter -eq '*.log' }
        }
    }

    Context 'a very long age' {
        Remove-OldLogs -Path 'C:\Logs' -Days 400

        It 'removes nothing' {
            Assert-MockCalled Remove-Item -Times 0 -Exactly -Scope Context
        }
    }
}
