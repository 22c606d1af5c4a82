# Numeric literal forms Windows PowerShell 5.1 reads.
$hex = 0x1F
$hexBig = 0xFFFFFFFF
$hexLong = 0x1FFFFFFFFL
$exp = 1e3
$expNeg = 2.5e-2
$kb = 10kb
$mb = 1.5MB
$gb = 2GB
$tb = 1TB
$pb = 1pb
$long = 42L
$decimal = 3.14159d
$neg = -1
$leadingDot = .5
$plus = +7
$big = 9999999999
$dbl = 1.0
$intMax = [int]::MaxValue
$mixed = 0x10kb

"hex $hex ($($hex.GetType().Name)); 0xFFFFFFFF is $hexBig ($($hexBig.GetType().Name))"
"hexLong $hexLong exp $exp expNeg $expNeg"
"kb $kb mb $mb gb $gb tb $tb pb $pb mixed $mixed"
"long $($long.GetType().Name) decimal $($decimal.GetType().Name) big $($big.GetType().Name)"
"neg $neg dot $leadingDot plus $plus dbl $($dbl.GetType().Name) max $intMax"

[int]'0x20'
[int]::Parse('123')
[double]'1e-3'
[decimal]'19.99' * 3
[math]::Round(2.675, 2)
[math]::Round(2.5, [MidpointRounding]::AwayFromZero)
[math]::Pow(2, 10)
[math]::Sqrt(144)
[math]::Abs(-5)
[math]::Max(3, 9)
10 / 4
[int](10 / 4)
[int]2.5
[int]3.5
5 % -3
[long]::MaxValue + 1
[convert]::ToString(255, 2)
[convert]::ToInt32('ff', 16)
'{0:N0}' -f 1234567
[bigint]::Pow(2, 100)
[byte]255 + 1
[char]65
[int][char]'A'
1kb / 1kb
2 * -3
-(5)
