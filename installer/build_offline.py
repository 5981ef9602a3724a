"""Build the offline installer: a folder with the wheels of clerk-tui and everything it
needs, for Windows, macOS and Linux and Python 3.11 to 3.13, and the install scripts.

    python installer/build_offline.py [OUT] [--platform linux ...] [--python 3.12 ...]

Copy OUT to a council laptop (a USB stick, a shared drive) and run install.ps1 (Windows)
or install.sh (macOS, Linux) in it: they install for the current user, with no network
and no administrator rights. Building needs the package index; installing does not.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
PLATFORMS = {
    "windows": ["win_amd64"],
    "mac-arm": ["macosx_12_0_arm64"],
    "mac-intel": ["macosx_12_0_x86_64"],
    "linux": [
        "manylinux_2_28_x86_64",
        "manylinux_2_17_x86_64",
        "manylinux2014_x86_64",
        "manylinux2010_x86_64",
        "manylinux1_x86_64",
    ],
}
"""Wheel platform tags for each kind of laptop, most specific first: macOS 12 or newer,
a Linux with glibc 2.17 or newer."""
MARKERS = {
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                "platform_machine": "AMD64"},
    "mac-arm": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                "platform_machine": "arm64"},
    "mac-intel": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                  "platform_machine": "x86_64"},
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
              "platform_machine": "x86_64"},
}  # fmt: skip
"""What environment markers see on each kind of laptop. pip download judges a dependency's
marker (colorama only on Windows, say) by the machine it runs on, not by --platform, so
the dependencies that only the target needs are fetched in a second pass."""
PYTHONS = ["3.11", "3.12", "3.13"]
SCRIPTS = ["install.sh", "install.ps1", "install.cmd"]
NOT_SHIPPED = (
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
)


def extras() -> str:
    """The optional parts the laptops get (all but the developers'): '[team]' or ''."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = sorted(set(project.get("optional-dependencies", {})) - {"dev"})
    return f"[{','.join(wanted)}]" if wanted else ""


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], check=True)


def _python_markers(python: str) -> dict[str, str]:
    return {
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    }


def missing(wheels: Path, environment: dict[str, str]) -> list[str]:
    """Requirements that a wheel in the folder has on this environment (by its markers)
    and that no wheel in the folder meets."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name, parse_wheel_filename

    have = {parse_wheel_filename(w.name)[0] for w in wheels.glob("*.whl")}
    needed: dict[str, str] = {}
    for wheel in wheels.glob("*.whl"):
        with zipfile.ZipFile(wheel) as archive:
            metadata = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            lines = archive.read(metadata).decode("utf-8").splitlines()
        for line in lines:
            if not line.startswith("Requires-Dist:"):
                continue
            requirement = Requirement(line.partition(":")[2].strip())
            marker = requirement.marker
            if marker is None or not marker.evaluate({**environment, "extra": ""}):
                continue
            if canonicalize_name(requirement.name) not in have:
                needed[canonicalize_name(requirement.name)] = str(requirement).split(";")[0]
    return sorted(needed.values())


def build(out: Path, platforms: list[str], pythons: list[str]) -> Path:
    wheels = out / "wheels"
    if out.exists():
        shutil.rmtree(out)
    wheels.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as folder:
        # A clean copy: setuptools reuses build/ in the checkout, which may still hold a
        # file since renamed or deleted (a migration renumbered would ship twice).
        source = Path(folder) / "clerk-tui"
        shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
        pip("wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(source))
    [own] = wheels.glob("clerk_tui-*.whl")
    version = own.name.split("-")[1]
    requirement = f"clerk-tui{extras()}=={version}"
    for name in platforms:
        for python in pythons:
            print(f"wheels for {name}, Python {python}", flush=True)
            tags = [arg for tag in PLATFORMS[name] for arg in ("--platform", tag)]
            # A wheel already in the folder (a pure-Python one) is not fetched again.
            wanted, tried = [requirement], {requirement}
            while wanted:
                pip(
                    "download", "--quiet", "--only-binary=:all:", *tags,
                    "--python-version", python, "--implementation", "cp",
                    "--find-links", str(wheels), "--dest", str(wheels), *wanted,
                )  # fmt: skip
                environment = {**MARKERS[name], **_python_markers(python)}
                wanted = [r for r in missing(wheels, environment) if r not in tried]
                tried.update(wanted)
    if not list(wheels.glob("pip-*.whl")):
        # pip the install scripts fall back on where Python has no ensurepip (Debian).
        pip("download", "--quiet", "--no-deps", "--only-binary=:all:", "--dest", str(wheels), "pip")
    for script in SCRIPTS:
        shutil.copy2(HERE / script, out / script)
    (out / "extras.txt").write_text(extras() + "\n", encoding="utf-8")
    (out / "README.txt").write_text(
        f"clerk-tui {version}: offline installer\n\n"
        "Windows: double-click install.cmd (or run install.ps1 in PowerShell).\n"
        "macOS and Linux: open a terminal in this folder and run: sh install.sh\n\n"
        "Both need Python 3.11, 3.12 or 3.13, install for you only (no administrator),\n"
        "use no network, and put the clerk command on your PATH. Run again to upgrade.\n",
        encoding="utf-8",
    )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "dist" / "clerk-tui-offline"))
    parser.add_argument("--platform", action="append", choices=sorted(PLATFORMS))
    parser.add_argument("--python", action="append", choices=PYTHONS)
    args = parser.parse_args()
    out = build(Path(args.out), args.platform or list(PLATFORMS), args.python or PYTHONS)
    count = len(list((out / "wheels").glob("*.whl")))
    print(f"built {out}: {count} wheels; copy the folder and run install.sh or install.ps1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
