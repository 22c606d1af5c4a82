class ServerNameTransform : System.Management.Automation.ArgumentTransformationAttribute {
    [object] Transform([System.Management.Automation.EngineIntrinsics] $engineIntrinsics, [object] $inputData) {
        if ($inputData -is [string] -and $inputData -notmatch '\.') {
            return "$inputData.contoso.local"
        }
        return $inputData
    }
}

class ServerCompleter : System.Management.Automation.IArgumentCompleter {
    [System.Collections.Generic.IEnumerable[System.Management.Automation.CompletionResult]] CompleteArgument(
        [string] $commandName, [string] $parameterName, [string] $wordToComplete,
        [System.Management.Automation.Language.CommandAst] $commandAst, [System.Collections.IDictionary] $fakeBoundParameters) {
        $results = [System.Collections.Generic.List[System.Management.Automation.CompletionResult]]::new()
        foreach ($name in 'ex01', 'ex02', 'edge01') {
            if ($name -like "$wordToComplete*") {
                $results.Add([System.Management.Automation.CompletionResult]::new($name))
            }
        }
        return $results
    }
}

function Test-ServerPort {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [ArgumentCompleter([ServerCompleter])]
        [ServerNameTransform()]
        [string] $Server,

        [ArgumentCompleter({
                param($cmd, $param, $word)
                25, 465, 587 | Where-Object { "$_" -like "$word*" }
            })]
        [int] $Port = 25
    )
    $tcp = New-Object Net.Sockets.TcpClient
    try {
        $async = $tcp.BeginConnect($Server, $Port, $null, $null)
        $ok = $async.AsyncWaitHandle.WaitOne(2000) -and $tcp.Connected
        [pscustomobject]@{ Server = $Server; Port = $Port; Open = $ok }
    }
    finally { $tcp.Dispose() }
}

Test-ServerPort -Server ex01 -Port 587
