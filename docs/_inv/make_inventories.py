"""Write small intersphinx inventories for the Python and attrs names the docs link to.

The docs build runs offline (CI has no network), so intersphinx cannot fetch
``objects.inv`` from docs.python.org. These curated inventories give the same links
for the names our API mentions. Regenerate after adding names:
``python docs/_inv/make_inventories.py``.
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).parent

PYTHON: list[tuple[str, str, str]] = [
    # (name, role, uri)
    ("str", "py:class", "library/stdtypes.html#str"),
    ("int", "py:class", "library/functions.html#int"),
    ("float", "py:class", "library/functions.html#float"),
    ("bool", "py:class", "library/functions.html#bool"),
    ("bytes", "py:class", "library/stdtypes.html#bytes"),
    ("bytearray", "py:class", "library/stdtypes.html#bytearray"),
    ("memoryview", "py:class", "library/stdtypes.html#memoryview"),
    ("dict", "py:class", "library/stdtypes.html#dict"),
    ("list", "py:class", "library/stdtypes.html#list"),
    ("tuple", "py:class", "library/stdtypes.html#tuple"),
    ("set", "py:class", "library/stdtypes.html#set"),
    ("frozenset", "py:class", "library/stdtypes.html#frozenset"),
    ("object", "py:class", "library/functions.html#object"),
    ("None", "py:data", "library/constants.html#None"),
    ("True", "py:data", "library/constants.html#True"),
    ("False", "py:data", "library/constants.html#False"),
    ("Exception", "py:exc", "library/exceptions.html#Exception"),
    ("ValueError", "py:exc", "library/exceptions.html#ValueError"),
    ("TypeError", "py:exc", "library/exceptions.html#TypeError"),
    ("OSError", "py:exc", "library/exceptions.html#OSError"),
    ("ImportError", "py:exc", "library/exceptions.html#ImportError"),
    ("RuntimeError", "py:exc", "library/exceptions.html#RuntimeError"),
    ("UnicodeDecodeError", "py:exc", "library/exceptions.html#UnicodeDecodeError"),
    ("KeyboardInterrupt", "py:exc", "library/exceptions.html#KeyboardInterrupt"),
    ("IndexError", "py:exc", "library/exceptions.html#IndexError"),
    ("UserWarning", "py:exc", "library/exceptions.html#UserWarning"),
    ("decimal.Decimal", "py:class", "library/decimal.html#decimal.Decimal"),
    ("collections.Counter", "py:class", "library/collections.html#collections.Counter"),
    ("collections.abc.Iterable", "py:class", "library/collections.abc.html#collections.abc.Iterable"),
    ("collections.abc.Iterator", "py:class", "library/collections.abc.html#collections.abc.Iterator"),
    ("collections.abc.Sequence", "py:class", "library/collections.abc.html#collections.abc.Sequence"),
    ("collections.abc.Mapping", "py:class", "library/collections.abc.html#collections.abc.Mapping"),
    ("collections.abc.Callable", "py:class", "library/collections.abc.html#collections.abc.Callable"),
    ("os.PathLike", "py:class", "library/os.html#os.PathLike"),
    ("pathlib.Path", "py:class", "library/pathlib.html#pathlib.Path"),
    ("typing.Any", "py:data", "library/typing.html#typing.Any"),
    ("typing.Literal", "py:data", "library/typing.html#typing.Literal"),
    ("typing.IO", "py:class", "library/typing.html#typing.IO"),
    ("typing.TextIO", "py:class", "library/typing.html#typing.TextIO"),
    ("str.isspace", "py:meth", "library/stdtypes.html#str.isspace"),
    ("re.Pattern", "py:class", "library/re.html#re.Pattern"),
    ("re.Match", "py:class", "library/re.html#re.Match"),
    ("unicodedata", "py:module", "library/unicodedata.html#module-unicodedata"),
    ("sqlite3", "py:module", "library/sqlite3.html#module-sqlite3"),
    ("multiprocessing", "py:module", "library/multiprocessing.html#module-multiprocessing"),
    ("concurrent.futures", "py:module", "library/concurrent.futures.html#module-concurrent.futures"),
]

ATTRS: list[tuple[str, str, str]] = [
    ("attrs.frozen", "py:function", "api.html#attrs.frozen"),
    ("attrs.define", "py:function", "api.html#attrs.define"),
    ("attrs.evolve", "py:function", "api.html#attrs.evolve"),
    ("attrs.asdict", "py:function", "api.html#attrs.asdict"),
    ("attrs.field", "py:function", "api.html#attrs.field"),
    ("attrs.Attribute", "py:class", "api.html#attrs.Attribute"),
    ("attrs.exceptions.FrozenInstanceError", "py:exception", "api.html#attrs.exceptions.FrozenInstanceError"),
]


def write(path: Path, project: str, version: str, entries: list[tuple[str, str, str]]) -> None:
    lines = []
    for name, role, uri in entries:
        role = {"py:exc": "py:exception", "py:meth": "py:method"}.get(role, role)
        lines.append(f"{name} {role} 1 {uri} -")
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    ).encode()
    path.write_bytes(header + zlib.compress(("\n".join(lines) + "\n").encode()))


if __name__ == "__main__":
    write(HERE / "python.inv", "Python", "3", PYTHON)
    write(HERE / "attrs.inv", "attrs", "stable", ATTRS)
    print("wrote", HERE / "python.inv", HERE / "attrs.inv")
