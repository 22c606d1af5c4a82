<#
    Recipient filtering (Edge or Mailbox with anti-spam agents): recipient validation on,
    and a blocked-recipient list maintained from a text file.
#>
param(
    [string]$BlockedFile = "$PSScriptRoot\blocked-recipients.txt"
)

$config = Get-RecipientFilterConfig
'Recipient filter enabled: {0}; recipient validation: {1}; block list enabled: {2}' -f $config.Enabled, $config.RecipientValidationEnabled, $config.BlockListEnabled

if (Test-Path $BlockedFile) {
    $wanted = Get-Content $BlockedFile | Where-Object { $_ -match '@' } | ForEach-Object { $_.Trim().ToLower() }
    $current = @($config.BlockedRecipients | ForEach-Object { "$_".ToLower() })

    $add = @($wanted | Where-Object { $current -notcontains $_ })
    $remove = @($current | Where-Object { $wanted -notcontains $_ })

    if ($add.Count -or $remove.Count) {
        Set-RecipientFilterConfig -BlockListEnabled $true -BlockedRecipients @{ Add = $add; Remove = $remove }
        "Added $($add.Count), removed $($remove.Count) blocked recipients"
    }
}
