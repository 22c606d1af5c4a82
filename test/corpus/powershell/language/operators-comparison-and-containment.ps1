$addresses = @('ann@contoso.com', 'BOB@contoso.com', 'carol@fabrikam.com', $null, '')

# comparison operators applied to arrays filter them
$addresses -like '*@contoso.com'
$addresses -clike '*@contoso.com'
$addresses -notlike '*contoso*'
$addresses -match '^[a-c]'
$addresses -ne ''

# containment
$addresses -contains 'bob@contoso.com'
$addresses -ccontains 'bob@contoso.com'
$addresses -notcontains 'dave@contoso.com'
'ann@contoso.com' -in $addresses
'dave@contoso.com' -notin $addresses

# type operators
42 -is [int]
'42' -isnot [int]
('42' -as [int]) + 1
$null -eq $addresses[3]
'x' -as [datetime]

# logical and bitwise
$a = $true; $b = $false
$a -and -not $b
$a -xor $b
!$b -or $a
(6 -band 3), (6 -bor 1), (6 -bxor 2), (-bnot 0)
(1 -shl 4), (256 -shr 2)

# arithmetic and assignment operators
$n = 10
$n += 5; $n -= 3; $n *= 2; $n /= 4; $n %= 4
$n
$i = 0
$i++; ++$i; $i--; --$i
$i
7 % 3
-7 / 2
[int](7 / 2)
[math]::Floor(-3.5)

# string operators
'a,b,,c' -split ','
-split '  one two   three '
-join ('x', 'y', 'z')
('x', 'y') -join '+'
'Hello' -replace 'l', 'L'
'Hello' -ireplace 'H', 'J'
'abc' -eq 'ABC'
'abc' -ceq 'ABC'
'b' -gt 'a'
'10' -lt 9
9 -lt '10'
@(1, 2, 3) -eq 2
