# Compiles a small C# helper that splits an SMTP reply ("550 5.1.1 <x@y>: user unknown")
# into its code, enhanced status and text. Faster than regex over millions of log lines.
$source = @"
using System;

namespace Contoso.Mail
{
    public sealed class SmtpReply
    {
        public int Code { get; private set; }
        public string Enhanced { get; private set; }
        public string Text { get; private set; }

        public static SmtpReply Parse(string line)
        {
            var reply = new SmtpReply();
            if (string.IsNullOrEmpty(line) || line.Length < 3) { return reply; }
            int code;
            if (int.TryParse(line.Substring(0, 3), out code)) { reply.Code = code; }
            var rest = line.Length > 4 ? line.Substring(4) : string.Empty;
            var space = rest.IndexOf(' ');
            if (space > 0 && char.IsDigit(rest[0]) && rest[1] == '.')
            {
                reply.Enhanced = rest.Substring(0, space);
                rest = rest.Substring(space + 1);
            }
            reply.Text = rest;
            return reply;
        }
    }
}
"@

if (-not ('Contoso.Mail.SmtpReply' -as [type])) {
    Add-Type -TypeDefinition $source -Language CSharp
}

$samples = @(
    '550 5.1.1 <nobody@fabrikam.com>: Recipient address rejected'
    '421 4.4.2 Connection dropped'
    '250 OK'
)

$samples | ForEach-Object { [Contoso.Mail.SmtpReply]::Parse($_) } | Format-Table Code, Enhanced, Text -AutoSize
