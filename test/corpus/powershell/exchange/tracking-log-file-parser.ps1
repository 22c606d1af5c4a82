# Reads raw MSGTRK*.LOG files (for when Get-MessageTrackingLog is too slow or the server is gone)
# with switch -File and -Regex, building an object per line that matches a sender.
param(
    [Parameter(Mandatory)][string]$Folder,
    [Parameter(Mandatory)][string]$SenderPattern
)

$fields = $null
$hits = [System.Collections.Generic.List[psobject]]::new()

foreach ($log in Get-ChildItem -Path $Folder -Filter 'MSGTRK*.LOG') {
    switch -Regex -File $log.FullName {
        '^#Fields: (.+)$' {
            $fields = $Matches[1] -split ','
            continue
        }
        '^#' {
            continue
        }
        default {
            if (-not $fields) { continue }
            if ($_ -notmatch $SenderPattern) { continue }
            $values = ConvertFrom-Csv -InputObject $_ -Header $fields
            $hits.Add($values)
        }
    }
}

$hits | Select-Object 'date-time', 'event-id', 'sender-address', 'recipient-address', 'message-subject' |
    Sort-Object 'date-time' |
    Format-Table -AutoSize
"{0} matching lines" -f $hits.Count
