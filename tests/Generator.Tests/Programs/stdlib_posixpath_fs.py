# posixpath on the file system, ported from CPython's Lib/test/test_posixpath.py (PosixPathTest: test_islink,
# test_ismount, test_ismount_non_existent, test_ismount_symlinks, test_isjunction, test_realpath_curdir,
# test_realpath_pardir, test_realpath_basic, test_realpath_strict, test_realpath_relative,
# test_realpath_symlink_loops, test_realpath_symlink_loops_strict, test_realpath_repeated_indirect_symlinks,
# test_realpath_deep_recursion, test_realpath_resolve_parents, test_realpath_resolve_before_normalizing,
# test_realpath_resolve_first; PathLikeTests). The files live in a directory the program makes under /tmp; paths are
# printed relative to it (or compared with what is expected).
import os
import posixpath
from posixpath import realpath, abspath, dirname, basename

TOP = "/tmp/pyaot_stdlib_posixpath_fs_%d" % os.getpid()  # (unique: the suite may run a program twice at once)


def rmtree(p):
    if os.path.islink(p) or not os.path.isdir(p):
        if os.path.lexists(p):
            os.unlink(p)
        return
    for name in os.listdir(p):
        rmtree(os.path.join(p, name))
    os.rmdir(p)


def unlink(p):
    try:
        os.unlink(p)
    except FileNotFoundError:
        pass


def safe_rmdir(p):
    try:
        os.rmdir(p)
    except OSError:
        pass


class FakePath:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


def rel(p):
    # A path under TOP as "TOP/...", anything else as it is.
    if isinstance(p, bytes):
        return b"TOP" + p[len(TOP):] if p.startswith(TOP.encode()) else p
    return "TOP" + p[len(TOP):] if p.startswith(TOP) else p


def show(label, f, *args, **kwargs):
    try:
        print(label, rel(f(*args, **kwargs)))
    except Exception as e:
        print(label, f"{type(e).__name__}: [Errno {e.errno}] {e.strerror}: {rel(e.filename)!r}"
              if isinstance(e, OSError) else f"{type(e).__name__}: {e}")


rmtree(TOP)
os.mkdir(TOP)
start_cwd = os.getcwd()
os.chdir(TOP)
TESTFN = "@test_posixpath_tmp"
ABSTFN = abspath(TESTFN)
print("ABSTFN", rel(ABSTFN))

print("-- islink, lexists")
print(posixpath.islink(TESTFN + "1"), posixpath.lexists(TESTFN + "2"))
with open(TESTFN + "1", "wb") as f:
    f.write(b"foo")
print(posixpath.islink(TESTFN + "1"))
os.symlink(TESTFN + "1", TESTFN + "2")
print(posixpath.islink(TESTFN + "2"), posixpath.exists(TESTFN + "2"), posixpath.isfile(TESTFN + "2"))
os.remove(TESTFN + "1")
print(posixpath.islink(TESTFN + "2"), posixpath.exists(TESTFN + "2"), posixpath.lexists(TESTFN + "2"))
print(posixpath.islink(TESTFN + "\udfff"), posixpath.islink(os.fsencode(TESTFN) + b"\xff"),
      posixpath.islink(TESTFN + "\x00"), posixpath.islink(os.fsencode(TESTFN) + b"\x00"))
print(posixpath.lexists(TESTFN + "\x00"), posixpath.lexists(os.fsencode(TESTFN) + b"\x00"))
unlink(TESTFN + "2")

print("-- ismount, isjunction")
print(posixpath.ismount("/"), posixpath.ismount(b"/"), posixpath.ismount(FakePath("/")),
      posixpath.ismount(FakePath(b"/")))
print(posixpath.ismount(ABSTFN))
os.mkdir(ABSTFN)
print(posixpath.ismount(ABSTFN))
safe_rmdir(ABSTFN)
print(posixpath.ismount('/\udfff'), posixpath.ismount(b'/\xff'), posixpath.ismount('/\x00'),
      posixpath.ismount(b'/\x00'))
os.symlink("/", ABSTFN)
print("symlink to /:", posixpath.ismount(ABSTFN))
os.unlink(ABSTFN)
print(posixpath.isjunction(ABSTFN), posixpath.isjunction(b"x"))
show("isjunction(3)", posixpath.isjunction, 3)

print("-- realpath of . and ..")
cwd, cwdb = os.getcwd(), os.getcwdb()
print(realpath('.') == cwd, realpath('./.') == cwd, realpath('/'.join(['.'] * 100)) == cwd)
print(realpath(b'.') == cwdb, realpath(b'./.') == cwdb, realpath(b'/'.join([b'.'] * 100)) == cwdb)
print(realpath('..') == dirname(cwd), realpath('../..') == dirname(dirname(cwd)),
      realpath('/'.join(['..'] * 100)))
print(realpath(b'..') == dirname(cwdb), realpath(b'../..') == dirname(dirname(cwdb)),
      realpath(b'/'.join([b'..'] * 100)))

print("-- realpath through links")
os.symlink(ABSTFN + "1", ABSTFN)
show("basic", realpath, ABSTFN)
show("basic bytes", realpath, os.fsencode(ABSTFN))
show("strict", realpath, ABSTFN, strict=True)
show("strict 2", realpath, ABSTFN + "2", strict=True)
unlink(ABSTFN)
os.symlink(posixpath.relpath(ABSTFN + "1"), ABSTFN)
show("relative", realpath, ABSTFN)
unlink(ABSTFN)

print("-- symlink loops")
os.symlink(ABSTFN, ABSTFN)
show("self", realpath, ABSTFN)
os.symlink(ABSTFN + "1", ABSTFN + "2")
os.symlink(ABSTFN + "2", ABSTFN + "1")
show("1", realpath, ABSTFN + "1")
show("2", realpath, ABSTFN + "2")
show("1/x", realpath, ABSTFN + "1/x")
print(realpath(ABSTFN + "1/..") == dirname(ABSTFN), realpath(ABSTFN + "1/../x") == dirname(ABSTFN) + "/x")
os.symlink(ABSTFN + "x", ABSTFN + "y")
show("1/../y", realpath, ABSTFN + "1/../" + basename(ABSTFN) + "y")
show("1/../1", realpath, ABSTFN + "1/../" + basename(ABSTFN) + "1")
os.symlink(basename(ABSTFN) + "a/b", ABSTFN + "a")
show("a", realpath, ABSTFN + "a")
os.symlink("../" + basename(dirname(ABSTFN)) + "/" + basename(ABSTFN) + "c", ABSTFN + "c")
show("c", realpath, ABSTFN + "c")
show("relative self", realpath, basename(ABSTFN))
for p in ["", "1", "2", "1/x", "1/..", "1/../x", "1/../" + basename(ABSTFN) + "y",
          "1/../" + basename(ABSTFN) + "1", "a", "c"]:
    show("strict " + repr(p), realpath, ABSTFN + p, strict=True)
show("strict relative", realpath, basename(ABSTFN), strict=True)
show("strict bytes", realpath, os.fsencode(ABSTFN + "1"), strict=True)
for suffix in ["", "1", "2", "y", "c", "a"]:
    unlink(ABSTFN + suffix)

print("-- repeated indirect links, deep recursion")
os.mkdir(ABSTFN)
os.symlink('../' + basename(ABSTFN), ABSTFN + '/self')
os.symlink('self/self/self', ABSTFN + '/link')
show("link", realpath, ABSTFN + '/link')
unlink(ABSTFN + '/self')
unlink(ABSTFN + '/link')
depth = 10
for i in range(depth):
    os.symlink('/'.join(['%d' % i] * 10), ABSTFN + '/%d' % (i + 1))
os.symlink('.', ABSTFN + '/0')
show("deep", realpath, ABSTFN + '/%d' % depth)
os.chdir(ABSTFN)
show("deep relative", realpath, '%d' % depth)
os.chdir(TOP)
for i in range(depth + 1):
    unlink(ABSTFN + '/%d' % i)

print("-- parents resolved first")
os.mkdir(ABSTFN + "/y")
os.symlink(ABSTFN + "/y", ABSTFN + "/k")
os.chdir(ABSTFN + "/k")
show("resolve parents", realpath, "a")
print("cwd", rel(os.getcwd()))
os.chdir(TOP)
unlink(ABSTFN + "/k")
safe_rmdir(ABSTFN + "/y")
os.mkdir(ABSTFN + "/k")
os.mkdir(ABSTFN + "/k/y")
os.symlink(ABSTFN + "/k/y", ABSTFN + "/link-y")
show("link-y/..", realpath, ABSTFN + "/link-y/..")
show("relative link-y/..", realpath, basename(ABSTFN) + "/link-y/..")
print("normpath instead:", rel(posixpath.normpath(ABSTFN + "/link-y/..")))
os.symlink(ABSTFN, ABSTFN + "link")
show("first", realpath, basename(ABSTFN) + "link")
show("first/k", realpath, basename(ABSTFN) + "link/k")
show("first/k bytes", realpath, os.fsencode(basename(ABSTFN) + "link/k"))

print("-- path-like")
FILE = TESTFN + "_file"
with open(FILE, "xb") as f:
    f.write(b"test_posixpath.PathLikeTests")
for fn in [posixpath.islink, posixpath.lexists, posixpath.ismount, posixpath.abspath, posixpath.realpath,
           posixpath.relpath, posixpath.exists, posixpath.isfile, posixpath.isdir, posixpath.getsize]:
    print(fn.__name__, fn(FakePath(FILE)) == fn(FILE))
print(posixpath.commonpath([FakePath(FILE), FILE]))
show("realpath(None)", realpath, None)
show("abspath(3)", abspath, 3)

os.chdir(start_cwd)
rmtree(TOP)
print(os.path.exists(TOP))
