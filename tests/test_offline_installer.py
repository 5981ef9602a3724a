"""The offline installer: `make offline` builds a folder of wheels and install scripts;
install.sh installs clerk-tui from it into a fresh environment with no package index, and
the installed `clerk` runs and imports minutes (text and Word).

Building needs the package index. Where it cannot be reached the test is skipped and says
so; set CLERK_OFFLINE=1 to skip it without trying (or deselect with -m 'not network')."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.documents import to_docx

ROOT = Path(__file__).resolve().parents[1]
PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"

pytestmark = pytest.mark.network


def _index_reachable() -> str | None:
    """None when pip can fetch from the package index, else why not (one line)."""
    if os.environ.get("CLERK_OFFLINE"):
        return "CLERK_OFFLINE is set"
    folder = tempfile.mkdtemp()
    try:
        probe = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--only-binary=:all:", "--dest", folder, "platformdirs"],
            capture_output=True, text=True, timeout=90,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return "pip download timed out"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if probe.returncode != 0:
        lines = (probe.stderr or probe.stdout).strip().splitlines()
        return lines[-1] if lines else f"pip exited {probe.returncode}"
    return None


@pytest.fixture(scope="module")
def offline_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = _index_reachable()
    if reason:
        pytest.skip(f"package index not reachable, cannot build the offline folder: {reason}")
    out = tmp_path_factory.mktemp("offline") / "clerk-tui-offline"
    subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build_offline.py"), str(out),
         "--platform", "linux", "--python", PYTHON],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    return out


def test_offline_folder_holds_wheels_only_and_the_scripts(offline_folder: Path) -> None:
    names = [p.name for p in (offline_folder / "wheels").iterdir()]
    assert all(name.endswith(".whl") for name in names), names
    assert any(name.startswith("clerk_tui-") for name in names)
    assert any(name.startswith("psycopg_binary-") and "manylinux" in name for name in names)
    assert any(name.startswith("pip-") for name in names)
    for script in ("install.sh", "install.ps1", "install.cmd", "README.txt"):
        assert (offline_folder / script).is_file()


def test_install_sh_installs_for_the_user_without_the_index(offline_folder, tmp_path):
    home = tmp_path / "Jane Clerk"  # a space in the path, as on many laptops
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "PYTHON": sys.executable,
        "LANG": "C.UTF-8",
        "PIP_NO_COMPILE": "1",  # byte-compiling the wheels is pip's work, not the installer's
    }
    install = subprocess.run(
        ["sh", str(offline_folder / "install.sh")],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert install.returncode == 0, install.stdout + install.stderr
    assert "Installed clerk-tui" in install.stdout
    clerk = home / ".local" / "bin" / "clerk"
    assert clerk.exists()
    assert "added by clerk-tui" in (home / ".profile").read_text(encoding="utf-8")

    version = subprocess.run([str(clerk), "--version"], env=env, capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("clerk "), version.stderr

    sample = ROOT / "sample_minutes" / "03_icp_board_action_log.txt"
    word = to_docx(sample.read_text(encoding="utf-8"), tmp_path / "minutes.docx")
    db = tmp_path / "clerk.db"
    imported = subprocess.run(
        [str(clerk), "--db", str(db), "import", str(sample), str(word), "--force"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.count("stored meeting") == 2, imported.stdout
    assert "3 actions" in imported.stdout
