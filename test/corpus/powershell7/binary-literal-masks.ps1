#requires -Version 7.0
# Binary literals (0b...) arrived with PowerShell 7.0.
$readFlag = 0b0001
$writeFlag = 0b0010
$deleteFlag = 0b0100
$mask = $readFlag -bor $writeFlag

foreach ($flag in $readFlag, $writeFlag, $deleteFlag) {
    '{0} {1}' -f [convert]::ToString($flag, 2).PadLeft(4, '0'), (($mask -band $flag) -ne 0)
}
