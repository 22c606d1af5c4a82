<#
    Applies one booking policy to all room mailboxes of a building (CustomAttribute2 = building).
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)][string]$Building,
    [ValidateRange(1, 1080)][int]$BookingWindowInDays = 180,
    [ValidateRange(30, 1440)][int]$MaximumDurationInMinutes = 480
)

$rooms = Get-Mailbox -RecipientTypeDetails RoomMailbox -ResultSize Unlimited -Filter "CustomAttribute2 -eq '$Building'"
Write-Host "$(@($rooms).Count) rooms in $Building" -ForegroundColor Cyan

$policy = @{
    AutomateProcessing        = 'AutoAccept'
    BookingWindowInDays       = $BookingWindowInDays
    MaximumDurationInMinutes  = $MaximumDurationInMinutes
    AllowConflicts            = $false
    AllowRecurringMeetings    = $true
    DeleteSubject             = $false
    AddOrganizerToSubject     = $true
    RemovePrivateProperty     = $false
    AdditionalResponse        = "This room is in building $Building. Please cancel if you no longer need it."
    AddAdditionalResponse     = $true
}

foreach ($room in $rooms) {
    if ($PSCmdlet.ShouldProcess($room.DisplayName, 'Set-CalendarProcessing')) {
        Set-CalendarProcessing -Identity $room.Identity @policy
    }
}

$rooms | Get-CalendarProcessing | Format-Table Identity, AutomateProcessing, BookingWindowInDays, MaximumDurationInMinutes -AutoSize
