# Numeric type suffixes (l for long, d for decimal), unary -join/-split, and -bxor as used in
# a small quota calculator for a mailbox tier change.
$currentQuota = 50GB
$requestedIncrease = 25l * 1GB
$pricePerGB = 0.12d
$gb = ($currentQuota + $requestedIncrease) / 1GB

$monthly = [decimal]$gb * $pricePerGB
'New quota: {0} GB, monthly cost {1:C2}' -f $gb, $monthly

# Unary -split splits on whitespace; unary -join concatenates without a separator.
$words = -split '  Archive   mailbox   quota   change  '
$joined = -join $words
"Words: $($words.Count); joined: $joined"

# Toggle a flag bit with -bxor, shift with -shl.
$flags = 0x5
$flags = $flags -bxor 0x4
$shifted = 1 -shl 10
"Flags now $flags; 1 shl 10 = $shifted ($(1KB -eq $shifted))"

# Ranges with variables and reversed ranges.
$from = 3; $to = 1
$countdown = $from..$to
"Countdown: $($countdown -join ' ')"
$letters = [char[]](65..70) -join ''
"Letters: $letters"
