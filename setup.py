"""Ship the top-level schema.sql inside the wheel, so a non-editable install finds it."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithSchema(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "clerk_tui" / "schema.sql"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile("schema.sql", target)


setup(cmdclass={"build_py": BuildWithSchema})
