"""Records what CPython 3.12 prints for calls.py (markup removed): the TypeError of each marked call, in order.

    PYENV_VERSION=3.12.1 python3 tests/Analyzers.Tests/CallArguments/record.py
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "calls.py")) as f:
    source = re.sub(r"\{\|#\d+:(.*?)\|\}", r"\1", f.read())
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "calls.py")
    with open(path, "w") as f:
        f.write(source)
    run = subprocess.run([sys.executable, path], capture_output=True, text=True, check=True)
with open(os.path.join(HERE, "calls.expected"), "w") as f:
    f.write(run.stdout)
print(run.stdout, end="")
