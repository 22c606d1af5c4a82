$runspace = [runspacefactory]::CreateRunspace()
$runspace.ApartmentState = [System.Threading.ApartmentState]::STA
$runspace.ThreadOptions = 'ReuseThread'
$runspace.Open()
$runspace.SessionStateProxy.SetVariable('Servers', @('ex01', 'ex02'))
$runspace.SessionStateProxy.SetVariable('Threshold', 10)

$ps = [powershell]::Create()
$ps.Runspace = $runspace
[void] $ps.AddScript({
        foreach ($s in $Servers) {
            [pscustomobject]@{ Server = $s; Over = (Get-Random -Maximum 20) -gt $Threshold }
        }
        Write-Warning 'done inside the runspace'
    })

$output = New-Object 'System.Management.Automation.PSDataCollection[psobject]'
$output.add_DataAdded({ param($sender, $e) [Console]::WriteLine("item $($e.Index) arrived") })
$async = $ps.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]]$null, $output)
[void] $async.AsyncWaitHandle.WaitOne(10000)
$ps.EndInvoke($async)
$output | Format-Table
$ps.Streams.Warning | ForEach-Object { "warning: $_" }

$ps.Commands.Clear()
$items = $ps.AddCommand('Get-ChildItem').AddArgument($env:TEMP).AddParameter('File').AddCommand('Measure-Object').Invoke()
"files in temp: $($items[0].Count)"

$ps.Dispose()
$runspace.Close()
$runspace.Dispose()
$runspace.RunspaceStateInfo.State
[runspace]::DefaultRunspace.Id
