enum LogLevel {
    Debug = 10
    Info = 20
    Warning = 30
    Error = 40
}

class Logger {
    [string] $Path
    [LogLevel] $MinimumLevel = [LogLevel]::Info
    hidden [System.IO.StreamWriter] $Writer

    Logger([string] $path) {
        $this.Path = $path
        $this.Writer = [System.IO.StreamWriter]::new($path, $true, [System.Text.Encoding]::UTF8)
        $this.Writer.AutoFlush = $true
    }

    [void] Write([LogLevel] $level, [string] $message) {
        if ($level -lt $this.MinimumLevel) { return }
        $line = '{0:yyyy-MM-dd HH:mm:ss} [{1,-7}] {2}' -f (Get-Date), $level, $message
        $this.Writer.WriteLine($line)
    }

    [void] Info([string] $message) { $this.Write([LogLevel]::Info, $message) }
    [void] Warn([string] $message) { $this.Write([LogLevel]::Warning, $message) }

    [void] Close() {
        if ($null -ne $this.Writer) {
            $this.Writer.Dispose()
            $this.Writer = $null
        }
    }
}

$logFile = Join-Path -Path $env:TEMP -ChildPath "deploy-$(Get-Date -Format yyyyMMdd).log"
$log = [Logger]::new($logFile)
try {
    $log.Info('Deployment started')
    $log.Write([LogLevel]::Debug, 'This line is filtered out')
    $log.Warn("Free space on C: is $([math]::Round((Get-PSDrive C).Free / 1GB, 1)) GB")
}
finally {
    $log.Close()
}
Get-Content -Path $logFile -Tail 5
