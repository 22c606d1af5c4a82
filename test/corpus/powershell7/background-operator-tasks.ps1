#requires -Version 7.0
# A trailing & runs the pipeline as a background job.
$copyJob = Copy-Item -Path ./logs/*.log -Destination ./archive -PassThru &
$pingJob = Test-Connection -TargetName ex01 -Count 4 &
Get-ChildItem -Path $HOME -Recurse -Filter *.tmp -ErrorAction SilentlyContinue | Measure-Object &

$jobs = Get-Job
"Started $($jobs.Count) background jobs"
$copyJob, $pingJob | Wait-Job -Timeout 60 | Receive-Job
Get-Job | Remove-Job -Force
