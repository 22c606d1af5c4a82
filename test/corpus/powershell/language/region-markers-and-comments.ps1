#region Setup
<#
    Block comment at the top of a region.
    It may contain # signs, "quotes" and 'apostrophes' freely.
#>
$settings = @{
    Server = 'ex01' # inline comment after a value
    <# inline block #> Port = 25
}
#endregion Setup

#region Helpers
function Get-Setting {
    param(
        # The key to read.
        [Parameter(Mandatory)]
        [string] $Key,

        <# The value returned when the key is missing. #>
        $Default = $null
    )
    if ($settings.ContainsKey($Key)) { $settings[$Key] } else { $Default }
}
#endregion

#region Main
Get-Setting -Key Server
Get-Setting -Key Missing -Default 'fallback' # trailing comment
$total = 1 + <# comment in an expression #> 2
$total
Write-Output 'text' <# a comment between arguments #> 'more'
$list = @(
    'one'   # first
    'two'   # second
    # 'three' is disabled
    'four'
)
$list.Count
# A line comment with a backtick at the end is still only a comment `
'not continued by the comment above'
<##>
<# #>
$url = 'http://example.com/#anchor'
$hashInString = "#not a comment"
$url.Length + $hashInString.Length
#endregion Main
