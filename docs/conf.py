"""Sphinx configuration for the aseancorpus documentation."""

from __future__ import annotations

import os
import sys
from importlib.metadata import version as _version
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "src"))

project = "aseancorpus"
author = "aseancorpus developers"
copyright = "2026, aseancorpus developers"
release = _version("aseancorpus")
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "myst_parser",
    "sphinx_copybutton",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"aseancorpus {release}"
html_static_path = ["_static"]

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_use_ivar = True  # "Attributes:" as a field list, so attrs fields are not documented twice

# The build runs offline, so the inventories are small curated files kept in docs/_inv
# (see make_inventories.py); the links still point at the real documentation.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(HERE / "_inv" / "python.inv")),
    "attrs": ("https://www.attrs.org/en/stable/", str(HERE / "_inv" / "attrs.inv")),
}

nitpicky = True
nitpick_ignore_regex = [
    (r"py:class", r"(attrs\.|os\.PathLike|PathLike|_io\.|IO|TextIO|Path|pathlib\.).*"),
    (r"py:class", r"(Decimal|decimal\.Decimal|collections\.abc\..*|Counter|typing\..*|Literal\[.*)"),
    (r"py:class", r"(Errors|EntityValue|Money|Quantity|PartialDate|Article|Corpus|Span|Token|Entity)"),
    (r"py:class", r"(dask|pandas|pyarrow|datasets)\..*"),
    (r"py:class", r"aseancorpus\.(io\.decode\.Errors|model\.EntityValue)"),
    (r"py:(class|obj|exc|func|data)", r"(optional|callable|iterable|default|str|int|bool|float|bytes|dict|list|tuple|None).*"),
]

# Docstring examples run under pytest --doctest-modules (in their module's namespace);
# the doctest builder runs the examples written in the documentation pages.
doctest_test_doctest_blocks = ""
doctest_global_setup = """
import aseancorpus as ac
"""

# Pages generated from the package's data tables (rules, gazetteer).
_GENERATED = {
    "reference/rules.md": ("aseancorpus.cleaning", "rules_markdown", "Cleaning rules"),
    "reference/gazetteer.md": ("aseancorpus.entity", "gazetteer_markdown", "Gazetteer"),
}


def _write_generated(_app: object) -> None:
    import importlib

    for rel, (module, func, title) in _GENERATED.items():
        target = HERE / rel
        try:
            text = getattr(importlib.import_module(module), func)()
        except (ImportError, AttributeError):
            text = f"# {title}\n\nThis reference is generated from the package data; it is not available in this build.\n"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")


def setup(app: object) -> None:
    app.connect("builder-inited", _write_generated)  # type: ignore[attr-defined]
