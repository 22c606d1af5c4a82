# A module loader in the style of many gallery modules: dot-source Public and Private, export Public.
[CmdletBinding()]
param()

$public = @(Get-ChildItem -Path (Join-Path $PSScriptRoot 'Public\*.ps1') -ErrorAction SilentlyContinue)
$private = @(Get-ChildItem -Path (Join-Path $PSScriptRoot 'Private\*.ps1') -ErrorAction SilentlyContinue)

foreach ($import in @($public + $private)) {
    try {
        . $import.FullName
    }
    catch {
        Write-Error -Message "Failed to import function $($import.FullName): $_"
    }
}

$formatFiles = Get-ChildItem -Path "$PSScriptRoot\Formats" -Filter '*.ps1xml' -ErrorAction Ignore
if ($formatFiles) {
    Update-FormatData -PrependPath $formatFiles.FullName
}

Register-ArgumentCompleter -CommandName Get-ConnectorSummary -ParameterName Server -ScriptBlock {
    param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
    Get-ExchangeServer | Where-Object Name -Like "$wordToComplete*" | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_.Name, $_.Name, 'ParameterValue', $_.Fqdn)
    }
}

Export-ModuleMember -Function $public.BaseName -Alias *
