#requires -Version 7.0
# Type suffixes for integer literals (PowerShell 6.2 and later).
$retries = 3uy
$offset = -5y
$port = 25us
$smallSigned = 1200s
$unsigned = 42u
$bigUnsigned = 9000000000ul
$huge = 12345678901234567890n
$kbBytes = 64uKB

"retries is $($retries.GetType().Name), offset is $($offset.GetType().Name)"
"port is $($port.GetType().Name), small is $($smallSigned.GetType().Name)"
"unsigned $($unsigned.GetType().Name), ulong $($bigUnsigned.GetType().Name)"
"bigint $huge ($($huge.GetType().Name)), kb $kbBytes"
$huge * 2n
