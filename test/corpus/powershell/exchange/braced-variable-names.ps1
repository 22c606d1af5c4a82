# Variables whose names need braces: environment variables with parentheses, names with
# dashes or spaces, and provider paths read as variables.
$programFilesX86 = ${env:ProgramFiles(x86)}
${log-folder} = Join-Path $env:SystemDrive 'ExchangeLogs'
${queue count} = 0

foreach ($q in Get-Queue) {
    ${queue count} += $q.MessageCount
}

"Program Files (x86): $programFilesX86"
"Log folder: ${log-folder}"
"Messages queued: ${queue count}"

# Scope modifiers
$script:runId = [guid]::NewGuid()
$global:LastExchangeCheck = Get-Date
function Get-RunId { return $script:runId }
"Run id: $(Get-RunId) at $global:LastExchangeCheck"

# A variable reference followed by a colon in a string needs braces too.
foreach ($server in (Get-TransportService).Name) {
    "${server}: $((Get-Queue -Server $server | Measure-Object).Count) queues"
}
