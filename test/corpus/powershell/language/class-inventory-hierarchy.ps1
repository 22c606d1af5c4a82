using namespace System.Collections.Generic

class InventoryItem {
    [string] $Name
    [int] $Quantity
    hidden [datetime] $CreatedAt
    static [int] $Count = 0

    InventoryItem() {
        $this.Init('unnamed', 0)
    }

    InventoryItem([string] $name, [int] $quantity) {
        $this.Init($name, $quantity)
    }

    hidden [void] Init([string] $name, [int] $quantity) {
        $this.Name = $name
        $this.Quantity = $quantity
        $this.CreatedAt = [datetime]::UtcNow
        [InventoryItem]::Count++
    }

    [decimal] GetValue() {
        return 0
    }

    [string] ToString() {
        return '{0} x{1}' -f $this.Name, $this.Quantity
    }
}

class PricedItem : InventoryItem {
    [decimal] $UnitPrice

    PricedItem([string] $name, [int] $quantity, [decimal] $price) : base($name, $quantity) {
        $this.UnitPrice = $price
    }

    [decimal] GetValue() {
        return $this.Quantity * $this.UnitPrice
    }

    [string] ToString() {
        return ([InventoryItem]$this).ToString() + (' @ {0:C2}' -f $this.UnitPrice)
    }
}

$stock = [List[InventoryItem]]::new()
$stock.Add([PricedItem]::new('Cable', 40, 2.5))
$stock.Add([PricedItem]::new('Switch', 3, 189.99))
$stock.Add([InventoryItem]::new())

foreach ($item in $stock) {
    "{0,-30} {1,10:N2}" -f $item.ToString(), $item.GetValue()
}
"Items created: $([InventoryItem]::Count)"
$total = ($stock | Measure-Object -Property { $_.GetValue() } -Sum).Sum
"Total value: $total"
