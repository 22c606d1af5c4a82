# A profile prompt in the posh-git manner: colours, a status summary and the window title.
$global:PromptSettings = [ordered]@{
    Before       = '['
    After        = ']'
    BranchColor  = [ConsoleColor]::Cyan
    DirtyColor   = [ConsoleColor]::Red
    ShowTime     = $true
}

function Get-BranchSummary {
    $branch = git rev-parse --abbrev-ref HEAD 2>$null
    if ($LASTEXITCODE -ne 0 -or -not $branch) { return $null }
    $status = @(git status --porcelain 2>$null)
    [pscustomobject]@{
        Branch   = $branch
        Added    = @($status -match '^\?\?').Count
        Modified = @($status -match '^ ?M').Count
        Deleted  = @($status -match '^ ?D').Count
    }
}

function global:prompt {
    $realExit = $LASTEXITCODE
    $s = $global:PromptSettings
    if ($s.ShowTime) { Write-Host ('{0:HH:mm} ' -f (Get-Date)) -NoNewline -ForegroundColor DarkGray }
    Write-Host $ExecutionContext.SessionState.Path.CurrentLocation -NoNewline

    $summary = Get-BranchSummary
    if ($summary) {
        Write-Host " $($s.Before)" -NoNewline -ForegroundColor Yellow
        Write-Host $summary.Branch -NoNewline -ForegroundColor $s.BranchColor
        if ($summary.Added + $summary.Modified + $summary.Deleted) {
            Write-Host (" +{0} ~{1} -{2}" -f $summary.Added, $summary.Modified, $summary.Deleted) -NoNewline -ForegroundColor $s.DirtyColor
        }
        Write-Host $s.After -NoNewline -ForegroundColor Yellow
    }
    $Host.UI.RawUI.WindowTitle = "PS $($PSVersionTable.PSVersion) - $(Split-Path -Leaf (Get-Location))"
    $global:LASTEXITCODE = $realExit
    "$('>' * ($nestedPromptLevel + 1)) "
}

Set-PSReadLineOption -HistoryNoDuplicates -BellStyle None -ErrorAction SilentlyContinue
Set-PSReadLineKeyHandler -Key Tab -Function MenuComplete -ErrorAction SilentlyContinue
