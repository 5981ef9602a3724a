# Install clerk-tui for this user from the wheels beside this script: no network and no
# administrator rights. Needs Python 3.11, 3.12 or 3.13 from python.org (installed "for me
# only" is fine). Run again to upgrade. From a PowerShell window in this folder:
#
#   powershell -ExecutionPolicy Bypass -File .\install.ps1
#
# or double-click install.cmd.

function Fail($message) {
    Write-Host "clerk-tui install: $message" -ForegroundColor Red
    exit 1
}

$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$wheels = Join-Path $here 'wheels'
$data = Join-Path $env:LOCALAPPDATA 'clerk-tui'
$bin = Join-Path $data 'bin'

# The Python launcher (py) knows every installed version; else a python on the PATH.
$python = $null
$check = 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))'
foreach ($version in @('3.13', '3.12', '3.11')) {
    if (Get-Command py -ErrorAction SilentlyContinue) {
        & py "-$version" -c $check 2>$null
        if ($LASTEXITCODE -eq 0) { $python = @('py', "-$version"); break }
    }
}
if (-not $python -and (Get-Command python -ErrorAction SilentlyContinue)) {
    & python -c $check 2>$null
    if ($LASTEXITCODE -eq 0) { $python = @('python') }
}
if (-not $python) { Fail 'no Python 3.11, 3.12 or 3.13 found; install one from python.org (no administrator needed)' }

$wheel = Get-ChildItem -Path $wheels -Filter 'clerk_tui-*.whl' -ErrorAction SilentlyContinue | Select-Object -First 1
if (-not $wheel) { Fail "no clerk_tui wheel in $wheels; is this the offline folder?" }
$version = $wheel.Name.Split('-')[1]
$extras = ''
$extrasFile = Join-Path $here 'extras.txt'
if (Test-Path $extrasFile) { $extras = (Get-Content $extrasFile -Raw).Trim() }

# A fresh environment per version: the one in use stays until the new one works.
$venv = Join-Path $data "venv-$version"
if (Test-Path $venv) { Remove-Item -Recurse -Force -ErrorAction Stop $venv }
New-Item -ItemType Directory -Force -ErrorAction Stop -Path $bin | Out-Null
$launcher = $python[0]
$launcherArgs = @($python | Select-Object -Skip 1)
& $launcher @launcherArgs -m venv $venv
if ($LASTEXITCODE -ne 0) { Fail "cannot create a virtual environment in $venv" }

# Only this folder is looked in: no index, and no pip configuration from the machine.
$env:PIP_CONFIG_FILE = 'nul'
& (Join-Path $venv 'Scripts\python.exe') -m pip install --quiet --disable-pip-version-check `
    --no-index --find-links $wheels "clerk-tui$extras==$version"
if ($LASTEXITCODE -ne 0) { Fail "installing from $wheels failed (see above); nothing was changed" }

Copy-Item -Force -ErrorAction Stop (Join-Path $venv 'Scripts\clerk.exe') (Join-Path $bin 'clerk.exe')
Get-ChildItem -Path $data -Directory -Filter 'venv-*' | Where-Object { $_.FullName -ne $venv } |
    Remove-Item -Recurse -Force

$userPath = [Environment]::GetEnvironmentVariable('Path', 'User')
if (-not (($userPath -split ';') -contains $bin)) {
    $newPath = if ($userPath) { "$userPath;$bin" } else { $bin }
    [Environment]::SetEnvironmentVariable('Path', $newPath, 'User')
    Write-Host "Added $bin to your PATH: open a new terminal window."
}
$env:Path = "$env:Path;$bin"
Write-Host "Installed clerk-tui $version for ${env:USERNAME}: type clerk in a new terminal to start."
