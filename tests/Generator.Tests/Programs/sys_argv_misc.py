import sys
from sys import maxsize as big
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[0].endswith("sys_argv_misc.py"))
print(big == 2 ** 63 - 1, sys.maxsize + 1, -sys.maxsize - 1)
print(sys.version_info[0], sys.version_info.minor, tuple(sys.version_info[:2]) >= (3, 10), sys.version_info > (3,))
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str))
sys.stdout.write("written directly\n")
sys.stdout.write(str(42) + "\n")
print("flush", flush=True)
print(sys.getrecursionlimit() > 0)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print(sys.get_int_max_str_digits())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(1500))
print("stderr test", file=sys.stderr)
