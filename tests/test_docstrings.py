"""Every public class and function is documented: a docstring, a ``versionadded`` marker, ``Raises:``.

"Public" means named in the ``__all__`` of a public module (no leading underscore in
its dotted path) and defined in that module.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from collections.abc import Iterator
from typing import Any

import aseancorpus


def _public() -> Iterator[tuple[str, str, Any]]:
    for info in pkgutil.walk_packages(aseancorpus.__path__, "aseancorpus."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        mod = importlib.import_module(info.name)
        for name in getattr(mod, "__all__", ()):
            obj = getattr(mod, name)
            if (inspect.isclass(obj) or inspect.isfunction(obj)) and obj.__module__ == info.name:
                yield info.name, name, obj


PUBLIC = sorted(_public(), key=lambda t: (t[0], t[1]))


def test_there_are_public_names() -> None:
    assert len(PUBLIC) > 100


def test_every_public_name_has_a_docstring_with_versionadded() -> None:
    missing = [f"{m}.{n}" for m, n, obj in PUBLIC if ".. versionadded::" not in (inspect.getdoc(obj) or "")]
    assert missing == []


def _raises_directly(func: Any) -> bool:
    """Whether the function's own body has a ``raise`` statement (not a bare re-raise)."""
    try:
        source = textwrap.dedent(inspect.getsource(func))
    except (OSError, TypeError):
        return False
    tree = ast.parse(source)
    body = tree.body[0]
    for node in ast.walk(body):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and node is not body:
            continue
        if isinstance(node, ast.Raise) and node.exc is not None:
            return True
    return False


def test_public_functions_that_raise_document_it() -> None:
    undocumented = [
        f"{m}.{n}"
        for m, n, obj in PUBLIC
        if inspect.isfunction(obj) and _raises_directly(obj) and "Raises:" not in (inspect.getdoc(obj) or "")
    ]
    assert undocumented == []
