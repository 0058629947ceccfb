# The runtime's posix module (what os is built on), against CPython 3.12's: stat and lstat results and their float
# and nanosecond times, listdir and scandir (str and bytes paths, DirEntry), symlinks, links, renames, utime,
# chmod, truncate, the environment, and the OSError subclasses, messages and argument errors.
import posix
base = "/tmp/pyaot_posix_%d" % posix.getpid()  # (never printed: the messages show it as BASE)
import sys
def rm(p):
    try:
        for n in posix.listdir(p):
            q = p + "/" + n
            if posix.lstat(q).st_mode & 0o170000 == 0o040000:
                rm(q)
            else:
                posix.unlink(q)
        posix.rmdir(p)
    except FileNotFoundError:
        pass
rm(base)
posix.mkdir(base)
posix.mkdir(base + "/sub", 0o755)
with open(base + "/a.txt", "w") as f:
    f.write("hello")
st = posix.stat(base + "/a.txt")
print(type(st), st.st_size, st[6], len(st), type(st.st_mtime), type(st.st_mtime_ns), st.st_mtime_ns // 10**9 == st[8])
print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode())))
with posix.scandir(base) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e, e.name, e.path[len(base):], e.is_dir(), e.is_file(), e.is_symlink(), posix.fspath(e)[len(base):])
posix.symlink("a.txt", base + "/link")
print(posix.readlink(base + "/link"), posix.lstat(base + "/link").st_mode & 0o170000 == 0o120000)
try:
    posix.stat(base + "/nope")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename[len(base):])
try:
    posix.mkdir(base)
except OSError as e:
    print(type(e).__name__, str(e)[len(""):].replace(base, "BASE"))
try:
    posix.rename(base + "/nope", base + "/x")
except OSError as e:
    print(type(e).__name__, str(e).replace(base, "BASE"))
for bad in (3.5, None, "a\0b"):
    try:
        posix.stat(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    posix.listdir(2.5)
except Exception as e:
    print(type(e).__name__, e)
print(posix.strerror(2), posix.access(base, posix.F_OK), posix.access(base + "/zz", posix.R_OK))
print(posix.getcwd() == posix.getcwdb().decode(), type(posix.getpid()), posix.cpu_count() > 0, len(posix.urandom(7)))
posix.chdir(base)
print(sorted(posix.listdir()))
with posix.scandir() as it:
    print(sorted(e.path for e in it))
posix.putenv("PYAOT_X", "1")
posix.unsetenv("PYAOT_X")
try:
    posix.putenv("A=B", "1")
except ValueError as e:
    print(e)
print(type(posix.environ), all(type(k) is bytes for k in posix.environ))
print(posix.uname().sysname, posix.uname_result.__name__, type(posix.times()).__name__)
posix.utime(base + "/a.txt", (1000000000.5, 1000000001.25))
st = posix.stat(base + "/a.txt")
print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns)
posix.utime(base + "/a.txt", ns=(5, 10**9 + 7))
st = posix.stat(base + "/a.txt")
print(st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
posix.chmod(base + "/a.txt", 0o600)
print(oct(posix.stat(base + "/a.txt").st_mode))
posix.truncate(base + "/a.txt", 2)
print(posix.stat(base + "/a.txt").st_size)
posix.rename(base + "/a.txt", base + "/b.txt")
posix.replace(base + "/b.txt", base + "/c.txt")
posix.link(base + "/c.txt", base + "/d.txt")
print(posix.stat(base + "/c.txt").st_nlink, sorted(posix.listdir(base)))
rm(base)
