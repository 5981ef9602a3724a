"""What an installed clerk-tui holds: a wheel built from the repository's files alone carries
the migrations, the stylesheet and the sample minutes, and team sync's driver is optional."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_in_pyproject():
    """pyproject lists the packages (it maps sample_minutes/ into the package), so a new
    subpackage must be listed or the wheel would silently lack it."""
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(folder.relative_to(ROOT).parts)
        for folder in (ROOT / "clerk_tui").rglob("*")
        if folder.is_dir() and any(folder.glob("*.py")) or folder.name == "migrations"
    }
    missing = found - listed
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
    assert listed == found | {"clerk_tui", "clerk_tui.sample_minutes"}


def test_psycopg_is_only_in_the_team_extra():
    project = pyproject()["project"]
    assert not any(d.startswith("psycopg") for d in project["dependencies"])
    assert any(d.startswith("psycopg") for d in project["optional-dependencies"]["team"])


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the tracked files, unpacked as site-packages would be."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout")
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    tracked = (
        subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
        + ["--wheel-dir", str(tmp / "dist"), str(source)],
        check=True,
        capture_output=True,
    )
    site = tmp / "site"
    (wheel,) = (tmp / "dist").glob("clerk_tui-*.whl")
    zipfile.ZipFile(wheel).extractall(site)
    return site


def run_installed(site: Path, code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=site
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_installed_package_finds_its_migrations_stylesheet_and_samples(installed):
    out = run_installed(
        installed,
        "import clerk_tui, clerk_tui.tui\n"
        "from pathlib import Path\n"
        "from clerk_tui.store.schema import latest_version\n"
        "from clerk_tui.services.samples import sample_files, sample_folder\n"
        "print(Path(clerk_tui.__file__).parent.parent)\n"
        "print(latest_version())\n"
        "print((Path(clerk_tui.tui.__file__).parent / 'app.tcss').is_file())\n"
        "print(sample_folder().parent.parent)\n"
        "print(len(sample_files(sample_folder())))\n",
    )
    from clerk_tui.store.schema import latest_version

    samples = len(list((ROOT / "sample_minutes").glob("*.txt")))
    assert out.splitlines() == [
        str(installed),
        str(latest_version()),
        "True",
        str(installed),
        str(samples),
    ]
    assert samples >= 10


def test_without_psycopg_team_sync_says_what_to_install(tmp_path):
    """Only `clerk sync` needs the driver: without it, one line saying how to get it."""
    hide = tmp_path / "hide"
    (hide / "psycopg").mkdir(parents=True)
    (hide / "psycopg" / "__init__.py").write_text("raise ImportError('no psycopg here')\n")
    env = {**os.environ, "PYTHONPATH": str(hide)}
    result = subprocess.run(
        [sys.executable, "-m", "clerk_tui.cli", "--db", str(tmp_path / "c.db"), "sync"]
        + ["--server", "postgresql://nobody@localhost/x"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr == (
        "clerk: team sync needs the PostgreSQL driver: pip install 'clerk-tui[team]'\n"
    )
