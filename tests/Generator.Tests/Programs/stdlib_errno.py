# errno as CPython 3.12 has it on Linux (x86-64, glibc): every symbol's value, errorcode (its order, and the names it
# keeps where two share a number), and OSError(errno, ...) making the subclass the number means.
import errno

names = [n for n in dir(errno) if n.startswith("E")]
print(len(names), len(errno.errorcode))
line = ""
for name in names:
    part = f"{name}={getattr(errno, name)}"
    if len(line) + len(part) > 110:
        print(line)
        line = ""
    line += part + " "
print(line)
# (Not printed: the module's __doc__ and its other dunder names. A compiled module has no __doc__ yet, and has
# __file__ where CPython's built-in errno has __loader__, __package__, __spec__.)
print("errorcode" in dir(errno), type(errno.errorcode).__name__)

# errorcode: number to name, in CPython's order.
print(list(errno.errorcode)[:12], list(errno.errorcode.values())[-6:])
print(errno.errorcode == {getattr(errno, errno.errorcode[k]): errno.errorcode[k] for k in errno.errorcode})
print(sorted(errno.errorcode) == list(range(1, 133)) and all(k in errno.errorcode for k in range(1, 124)))
for name in names:
    if errno.errorcode[getattr(errno, name)] != name:
        print(f"  {name}={getattr(errno, name)} is errorcode's {errno.errorcode[getattr(errno, name)]}")
print(errno.errorcode[2], errno.errorcode.get(0), errno.errorcode.get(133))
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLK == errno.EDEADLOCK, errno.ENOTSUP == errno.EOPNOTSUPP)

# OSError(errno, strerror) is the subclass CPython's errnomap gives the number.
e = OSError(errno.ENOENT, 'x')
print(type(e) is FileNotFoundError, type(e).__name__, e.errno, e.strerror, e.args, str(e))
e = OSError(errno.EACCES, "Permission denied", "secret.txt")
print(type(e).__name__, e.errno, e.filename, e.args, str(e))
for code in errno.errorcode:
    cls = type(OSError(code, errno.errorcode[code]))
    if cls is not OSError:
        print(f"  {errno.errorcode[code]} ({code}) -> {cls.__name__}")
print(type(OSError(errno.EIO, "x")).__name__, type(OSError(errno.EIO)).__name__, type(OSError("ENOENT", "x")).__name__)
try:
    raise OSError(errno.EEXIST, "File exists", "a", None, "b")
except FileExistsError as e:
    print(type(e).__name__, e.errno == errno.EEXIST, e.filename2, str(e))
try:
    raise OSError(errno.ETIMEDOUT, "Connection timed out")
except TimeoutError as e:
    print(type(e).__name__, e.errno == errno.ETIMEDOUT, isinstance(e, OSError), str(e))
try:
    errno.ENOTANERRNO
except AttributeError as e:
    print(type(e).__name__ + ":", e)
