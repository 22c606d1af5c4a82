$mailbox = [pscustomobject]@{ Name = 'Ann Lee'; ItemCount = 15234; SizeBytes = 2876543210; LastLogon = Get-Date '2024-03-01 08:15' }

# -f with alignment, numeric and date formats
'{0,-20}|{1,10:N0}|{2,12:N2} GB' -f $mailbox.Name, $mailbox.ItemCount, ($mailbox.SizeBytes / 1GB)
'{0:yyyy-MM-dd HH:mm}' -f $mailbox.LastLogon
'{0:P1} full' -f 0.8734
'{0:X8} / {0:x} / {1:D5}' -f 48879, 42
'{{literal braces}} and {0}' -f 'value'
'{0:C}' -f 1234.5
'{0:0.00}' -f [math]::PI

# expandable strings with subexpressions and member access
"Mailbox $($mailbox.Name) holds $($mailbox.ItemCount) items"
"Size: $([math]::Round($mailbox.SizeBytes / 1MB)) MB; logged on $($mailbox.LastLogon.ToString('dddd'))"
"Escapes: tab`there, quote `"inner`", dollar `$notAVariable, backtick ``"
"Variable with braces: ${env:USERNAME} in ${env:USERDOMAIN}"
'Single quotes keep $mailbox and `t literally, and '' doubles a quote'

# here-strings
$body = @"
Dear $($mailbox.Name),

Your mailbox is $('{0:N1}' -f ($mailbox.SizeBytes / 1GB)) GB.
"@
$template = @'
Literal: $mailbox.Name stays as written; so does $(1 + 1).
'@
$body
$template

# string methods and operators
$name = '  Contoso Relay  '
$name.Trim().ToUpperInvariant().Replace(' ', '_')
'-' * 40
'abc' + 'def' * 2
[string]::Join(', ', @('a', 'b', 'c'))
[string]::Format('{0} of {1}', 3, 7)
'ex01.contoso.local'.Split('.')[0]
'Relay'.PadLeft(10, '.') + '|' + 'Relay'.PadRight(10) + '|'
"Line one`r`nLine two".Split([Environment]::NewLine, [StringSplitOptions]::RemoveEmptyEntries).Count
