"""Where the package's files come from; everything else is in ``pyproject.toml``.

The theme is edited in the top-level ``templates/`` and ``static/`` folders and installed
inside the package as ``site_builder/templates`` and ``site_builder/static``. Package
discovery and a package that lives outside its parent's folder cannot be combined in
``pyproject.toml``, so these settings live here.
"""

from setuptools import find_packages, setup

THEME = {"site_builder.templates": "templates", "site_builder.static": "static"}

setup(
    packages=[*find_packages(include=["site_builder", "site_builder.*"]), *THEME],
    package_dir=THEME,
    # the files below are the package's data; nothing else in the sdist is
    include_package_data=False,
    package_data={
        "site_builder.templates": ["**/*"],
        "site_builder.static": ["**/*"],
        "site_builder.serve": ["*.js"],
        "site_builder": ["geodata/*"],
    },
)
