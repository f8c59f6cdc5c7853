"""Packaging glue: ships the top-level resources/ folder as the package coordinator.resources.

Everything else about the project lives in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    package_dir={"": "src", "coordinator.resources": "resources"},
    packages=[*find_packages("src"), "coordinator.resources"],
)
