# Quota tiers written with PowerShell's numeric literal suffixes and a few other forms.
$tiers = [ordered]@{
    Kiosk    = @{ Warn = 1.8GB; Send = 1.9GB; SendReceive = 2GB }
    Standard = @{ Warn = 45GB; Send = 48GB; SendReceive = 50GB }
    Large    = @{ Warn = 95GB; Send = 98GB; SendReceive = 100GB }
}

$archiveWarn = 0x64 * 1GB      # 100 GB written in hex, as an old script had it
$maxItems = 1e6                 # a double: one million
$tinyItem = 512kb
$offset = -1

foreach ($name in $tiers.Keys) {
    $t = $tiers[$name]
    '{0,-9} warn {1,6:N1} GB  send {2,6:N1} GB  send/receive {3,6:N1} GB' -f $name, ($t.Warn / 1GB), ($t.Send / 1GB), ($t.SendReceive / 1GB)
}

'Archive warning at {0:N0} bytes; item cap {1:N0}; small item {2} bytes; offset {3}' -f $archiveWarn, $maxItems, $tinyItem, $offset
"Type of 1e6 is $($maxItems.GetType().Name), of 1.8GB is $((1.8GB).GetType().Name), of 0x64 is $((0x64).GetType().Name)"
