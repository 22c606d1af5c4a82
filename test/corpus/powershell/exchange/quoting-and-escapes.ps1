# Quoting rules that matter in Exchange filters: the -Filter string is parsed by Exchange, so
# the inner quotes must survive PowerShell's own parsing.
$department = "Sales & Marketing"
$name = "O'Brien"

# Double quotes outside, single inside: variables expand, Exchange sees single-quoted values.
$filter1 = "Department -eq '$department'"

# A single quote inside a single-quoted value is doubled for Exchange.
$escapedName = $name -replace "'", "''"
$filter2 = "LastName -eq '$escapedName'"

# Literal $ and backtick escapes in double quotes.
$filter3 = "CustomAttribute1 -like '`$legacy*'"
$tab = "col1`tcol2"
$quoteInside = "He said ""ready"" and left"
$single = 'It''s done'

Get-Recipient -Filter $filter1 -ResultSize 5 | Select-Object Name, Department
Get-User -Filter $filter2 | Select-Object Name, LastName
Get-Mailbox -Filter $filter3 -ResultSize 5 | Select-Object Name, CustomAttribute1

$tab
$quoteInside
$single
'Filters: {0} | {1} | {2}' -f $filter1, $filter2, $filter3
