Add-Type -TypeDefinition @'
namespace Contoso.Transport
{
    public enum HopKind { Local = 0, Smarthost = 1, Dns = 2 }

    public class Hop
    {
        public string Name { get; set; }
        public HopKind Kind { get; set; }
        public int Cost { get; set; }

        public Hop() { }
        public Hop(string name, HopKind kind, int cost) { Name = name; Kind = kind; Cost = cost; }

        public override string ToString() { return Name + " (" + Kind + ", cost " + Cost + ")"; }
    }
}
'@ -ErrorAction SilentlyContinue

Add-Type -Language CSharp -ReferencedAssemblies System.Xml, System.Xml.Linq -IgnoreWarnings -TypeDefinition @"
using System.Linq;
using System.Xml.Linq;
public static class XmlCounter
{
    public static int CountElements(string xml, string name)
    {
        return XDocument.Parse(xml).Descendants(name).Count();
    }
}
"@

class Route {
    [Contoso.Transport.Hop[]] $Hops

    Route([Contoso.Transport.Hop[]] $hops) {
        $this.Hops = $hops | Sort-Object Cost
    }

    [Contoso.Transport.Hop] Best() {
        return $this.Hops[0]
    }
}

$hops = @(
    [Contoso.Transport.Hop]::new('relay01', [Contoso.Transport.HopKind]::Smarthost, 5)
    [Contoso.Transport.Hop]::new('mx.fabrikam.com', 'Dns', 10)
    [Contoso.Transport.Hop]@{ Name = 'local'; Kind = 'Local'; Cost = 1 }
)
$route = [Route]::new($hops)
"Best hop: $($route.Best())"
[XmlCounter]::CountElements('<a><b/><b/><c><b/></c></a>', 'b')
[Enum]::GetNames([Contoso.Transport.HopKind]) -join ', '
