#requires -Version 7.1
$mailbox = Get-Mailbox -Identity 'ann' -ErrorAction SilentlyContinue
$missing = $null

# ?. and ?[] need braces around the variable name because ? is a valid name character.
"Database: $(${mailbox}?.Database)"
"Length of missing name: $(${missing}?.Name?.Length)"
$first = ${missing}?[0]
$alias = ${mailbox}?.EmailAddresses?[0]
$size = (Get-MailboxStatistics -Identity 'ann' -ErrorAction SilentlyContinue)?.TotalItemSize
"first=$first alias=$alias size=$size"

$servers = @('ex01', 'ex02')
${servers}?[1]
$empty = $null
${empty}?.ToString()
$result = ${mailbox}?.ProhibitSendQuota ?? 'Unlimited'
"Quota: $result"
