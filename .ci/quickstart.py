"""Run the README's ten-line example against an installed wheel, outside the source tree.

Usage: python quickstart.py README.md
"""

import contextlib
import io
import re
import sys

import aseancorpus as ac

assert "site-packages" in ac.__file__, f"not the installed wheel: {ac.__file__}"
readme = open(sys.argv[1], encoding="utf-8").read()
code = re.findall(r"```python\n(.*?)```", readme, flags=re.S)[0]
expected = re.findall(r"```text\n(.*?)```", readme, flags=re.S)[0]
out = io.StringIO()
with contextlib.redirect_stdout(out):
    exec(compile(code, "README.md", "exec"), {})
print(out.getvalue(), end="")
if out.getvalue() != expected:
    sys.exit("the README example printed something else than the README shows")
corpus = ac.load_seeds()
assert [a.language for a in corpus] == ["th", "vi", "vi", "vi", "vi"]
print("quickstart ok:", len(corpus), "articles,", sum(len(a.removed) for a in corpus), "removed spans")
