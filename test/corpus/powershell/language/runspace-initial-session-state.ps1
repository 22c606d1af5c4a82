# Runspaces that share a synchronised hashtable and start from a prepared session state.
$shared = [hashtable]::Synchronized(@{ Done = 0; Errors = [System.Collections.ArrayList]::Synchronized([System.Collections.ArrayList]::new()) })

$iss = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
$iss.Variables.Add([System.Management.Automation.Runspaces.SessionStateVariableEntry]::new('Shared', $shared, 'state shared by all workers'))
$helper = 'function Get-Square { param([int] $n) $n * $n }'
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Square', 'param([int] $n) $n * $n'))

$pool = [runspacefactory]::CreateRunspacePool(1, [Environment]::ProcessorCount, $iss, $Host)
$pool.Open()

$handles = [System.Collections.Generic.List[object]]::new()
foreach ($n in 1..8) {
    $shell = [powershell]::Create().AddScript({
            param($Value)
            try {
                if ($Value -eq 5) { throw "five is not allowed" }
                Get-Square -n $Value
            }
            catch {
                [void]$Shared.Errors.Add("$Value : $_")
            }
            finally {
                $Shared.Done++
            }
        }).AddArgument($n)
    $shell.RunspacePool = $pool
    $handles.Add(@{ Shell = $shell; Async = $shell.BeginInvoke() })
}

while (@($handles | Where-Object { -not $_.Async.IsCompleted }).Count -gt 0) {
    Start-Sleep -Milliseconds 50
}

$squares = $handles | ForEach-Object { $_.Shell.EndInvoke($_.Async); $_.Shell.Dispose() }
$pool.Dispose()
"Squares: $($squares -join ' ')"
"Finished $($shared.Done); errors: $($shared.Errors -join '; ')"
$helper.Length | Out-Null
