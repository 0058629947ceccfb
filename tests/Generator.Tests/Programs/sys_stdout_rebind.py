# print() without file= writes to whatever sys.stdout holds when it is called.
import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


original = sys.stdout
sink = Collect()
sys.stdout = sink
print("hello", 1, 2.5, sep="-", end="!\n")
print()
print("flushed", flush=True)
print("to None file goes to sys.stdout too", file=None)
sys.stdout = original
print(sink.parts)
print(sys.stdout is original, sys.stdout is sys.__stdout__)

# Rebinding to the original again writes there directly.
sys.stdout = sys.__stdout__
print("back on the original")

# sys.stdout None: print writes nothing.
sys.stdout = None
print("nowhere")
sys.stdout = original
print("after None")

# An object without write: print fails with CPython's error.
sys.stdout = 42
try:
    print("x")
except AttributeError as e:
    sys.stdout = original
    print("error:", e)
sys.stdout = original


class Bad:
    def write(self, s):
        raise ValueError("cannot write " + repr(s))


sys.stdout = Bad()
try:
    print("a", "b")
except ValueError as e:
    sys.stdout = original
    print("write failed:", e)

# print(file=sys.stderr) reads sys.stderr when called.
err = Collect()
sys.stderr = err
print("to stderr", file=sys.stderr)
sys.stderr = sys.__stderr__
print(err.parts)

# Deleted: CPython's "lost sys.stdout".
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stdout = original
    print("error:", e)
