"""Records what CPython 3.12 reports for each case: the last line of its traceback (the NameError with the hints its
traceback printer adds), or `ok` when the program runs to its end. The cases are marked up for the analyzer's tests
({|#0:name|} is where PY1001 must be); the markup is removed before CPython runs them.

    PYENV_VERSION=3.12.1 python3 tests/Analyzers.Tests/UndefinedNames/record.py
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MARKUP = re.compile(r"\{\|#\d+:(.*?)\|\}")

for name in sorted(os.listdir(HERE)):
    if not name.endswith(".py") or name == "record.py":
        continue
    with open(os.path.join(HERE, name)) as f:
        source = MARKUP.sub(r"\1", f.read())
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "main.py")
        with open(path, "w") as f:
            f.write(source)
        run = subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=tmp)
    result = "ok" if run.returncode == 0 else run.stderr.strip().splitlines()[-1]
    with open(os.path.join(HERE, name[:-3] + ".expected"), "w") as f:
        f.write(result + "\n")
    print(name, "|", result)
