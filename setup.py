"""Build step: copy the top-level queries/ and visualizations/ assets into the package (kg/_bundled/).

The folders stay at the top of the source tree (the project's required layout); ``kg.paths`` finds them
bundled in an installed package, else beside the package in a source checkout.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# folder -> the files of it the library reads at run time
ASSETS = {"queries": ("*.cypher",), "visualizations": ("*.json", "*.html", "*.css", "*.js")}


class BuildWithAssets(build_py):
    """``build_py`` that also copies ASSETS into ``kg/_bundled/<folder>/`` of the build."""

    def run(self) -> None:
        super().run()
        for folder, patterns in ASSETS.items():
            target = Path(self.build_lib) / "kg" / "_bundled" / folder
            target.mkdir(parents=True, exist_ok=True)
            for pattern in patterns:
                for source in sorted((ROOT / folder).glob(pattern)):
                    shutil.copy2(source, target / source.name)


setup(cmdclass={"build_py": BuildWithAssets})
