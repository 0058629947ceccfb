# The os module itself: its constants, os.path as posixpath through every import form, __all__, PathLike and
# fspath (CPython's Lib/test/test_os.py: TestPEP519 test_return_bytes, test_return_string, test_fsencode_fsdecode,
# test_pathlike, test_garbage_in_exception_out, test_argument_required, test_bad_pathlike, test_pathlike_subclasshook,
# test_pathlike_class_getitem; MiscTests.test_getcwd/test_getcwdb on a directory the program makes; the
# supports_* sets' types).
import os
import os.path
import os.path as osp
from os import path as opath
from os.path import join as ojoin
import posixpath
import sys

print(os.path is posixpath, osp is posixpath, opath is posixpath, ojoin is posixpath.join, os.path.__name__)
print(os.name, repr(os.linesep), os.sep, os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.defpath,
      os.devnull, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.supports_bytes_environ)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.error is OSError)
for name in ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name", "path", "devnull",
             "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "extsep", "_exit",
             "makedirs", "removedirs", "renames", "walk", "getenv", "supports_bytes_environ", "environb", "getenvb",
             "stat", "lstat", "listdir", "scandir", "mkdir", "rmdir", "unlink", "remove", "rename", "replace",
             "getcwd", "chdir", "environ", "putenv", "unsetenv", "fspath", "strerror", "getpid", "stat_result",
             "DirEntry", "terminal_size", "error", "access", "symlink", "readlink", "link", "chmod", "umask",
             "utime", "truncate", "uname", "times", "cpu_count", "urandom", "device_encoding",
             "get_terminal_size"]:
    print(name, name in os.__all__, hasattr(os, name))
print(type(os.supports_fd).__name__, type(os.supports_dir_fd).__name__, type(os.supports_follow_symlinks).__name__,
      type(os.supports_effective_ids).__name__, os.stat in os.supports_fd)
print(os.strerror(2), os.strerror(13), type(os.getpid()).__name__, os.getpid() == os.getpid())


class FakePath:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        if isinstance(self.path, BaseException) or isinstance(self.path, type) and issubclass(self.path, BaseException):
            raise self.path
        return self.path


print("-- fspath")
for fspath in (os.fspath, os._fspath):
    print(fspath(b"path"), fspath("path"), fspath(FakePath("p")), fspath(FakePath(b"p")))
    for bad in (None, 42, 42.5, [], FakePath(42), FakePath(None)):
        try:
            fspath(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        fspath(FakePath(ZeroDivisionError))
    except ZeroDivisionError:
        print("ZeroDivisionError")
    try:
        fspath()
    except TypeError as e:
        print("TypeError:", str(e).replace("_fspath", "fspath"))


class Str(str):
    def __fspath__(self):
        return "from fspath"


print(os.fspath(Str("s")), os.fsencode(FakePath("abc")), os.fsdecode(FakePath(b"abc")))
print(os.fsencode(FakePath(b"x")), os.fsdecode(FakePath("x")))


class FakeNoFspath:
    __fspath__ = None


try:
    os.fspath(FakeNoFspath())
except TypeError as e:
    print("TypeError:", e)

print("-- PathLike")
print(issubclass(FakePath, os.PathLike), isinstance(FakePath("x"), os.PathLike), issubclass(str, os.PathLike),
      issubclass(FakeNoFspath, os.PathLike), isinstance(b"x", os.PathLike))


class A(os.PathLike):
    pass


print(issubclass(A, os.PathLike), issubclass(FakePath, A))
try:
    A()
except TypeError as e:
    print("TypeError:", e)
print(os.PathLike[str], os.PathLike[bytes])

print("-- getcwd, chdir")
top = "/tmp/pyaot_stdlib_os_module_%d" % os.getpid()  # (unique: the suite may run a program twice at once)
start = os.getcwd()
try:
    os.rmdir(top)
except OSError:
    pass
os.mkdir(top)
os.chdir(top)
print(os.getcwd() == top, os.getcwdb() == os.fsencode(top), type(os.getcwd()).__name__, type(os.getcwdb()).__name__)
print(os.path.abspath("x") == top + "/x", os.path.realpath(".") == os.path.realpath(top))
os.chdir(os.pardir)
print(os.getcwd() == os.path.dirname(top))
os.chdir(start)
os.rmdir(top)
print(os.path.exists(top), os.getcwd() == start)
