$source = @"
using System;
using System.Net;

namespace Contoso.Tools
{
    public static class IpRange
    {
        public static uint ToUInt32(IPAddress address)
        {
            byte[] bytes = address.GetAddressBytes();
            Array.Reverse(bytes);
            return BitConverter.ToUInt32(bytes, 0);
        }

        public static bool Contains(string cidr, string candidate)
        {
            string[] parts = cidr.Split('/');
            int bits = int.Parse(parts[1]);
            uint mask = bits == 0 ? 0 : uint.MaxValue << (32 - bits);
            uint network = ToUInt32(IPAddress.Parse(parts[0])) & mask;
            return (ToUInt32(IPAddress.Parse(candidate)) & mask) == network;
        }
    }
}
"@

if (-not ('Contoso.Tools.IpRange' -as [type])) {
    Add-Type -TypeDefinition $source -Language CSharp
}

$relayRanges = '10.0.0.0/24', '192.168.10.0/23'
foreach ($ip in '10.0.0.17', '192.168.11.200', '172.16.0.1') {
    $allowed = $relayRanges | Where-Object { [Contoso.Tools.IpRange]::Contains($_, $ip) }
    '{0,-16} {1}' -f $ip, $(if ($allowed) { "allowed by $allowed" } else { 'denied' })
}

$signature = @'
[DllImport("kernel32.dll", SetLastError = true)]
public static extern bool GetDiskFreeSpaceEx(string lpDirectoryName, out ulong lpFreeBytesAvailable, out ulong lpTotalNumberOfBytes, out ulong lpTotalNumberOfFreeBytes);
'@
$kernel = Add-Type -MemberDefinition $signature -Name 'DiskApi' -Namespace 'Win32' -PassThru
$free = [uint64]0; $total = [uint64]0; $totalFree = [uint64]0
if ([Win32.DiskApi]::GetDiskFreeSpaceEx('C:\', [ref]$free, [ref]$total, [ref]$totalFree)) {
    'C: has {0:N1} GB of {1:N1} GB free' -f ($free / 1GB), ($total / 1GB)
}
Add-Type -AssemblyName System.Web
[System.Web.HttpUtility]::UrlEncode('a b&c')
