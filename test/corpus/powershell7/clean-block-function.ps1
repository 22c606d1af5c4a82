#requires -Version 7.3
# The clean block (PowerShell 7.3) runs even when the pipeline is stopped, like a finally for a function.
function Read-LogLines {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Path)

    begin {
        $reader = [System.IO.StreamReader]::new($Path)
    }
    process {
        while ($null -ne ($line = $reader.ReadLine())) { $line }
    }
    clean {
        if ($reader) { $reader.Dispose() }
    }
}

Read-LogLines -Path "$HOME/app.log" | Select-Object -First 10
