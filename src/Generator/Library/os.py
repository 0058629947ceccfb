r"""OS routines for NT or Posix depending on what system we're on.

This exports:
  - all functions from posix or nt, e.g. unlink, stat, etc.
  - os.path is either posixpath or ntpath
  - os.name is either 'posix' or 'nt'
  - os.curdir is a string representing the current directory (always '.')
  - os.pardir is a string representing the parent directory (always '..')
  - os.sep is the (or a most common) pathname separator ('/' or '\\')
  - os.extsep is the extension separator (always '.')
  - os.altsep is the alternate pathname separator (None or '/')
  - os.pathsep is the component separator used in $PATH etc
  - os.linesep is the line separator in text files ('\r' or '\n' or '\r\n')
  - os.defpath is the default search path for executables
  - os.devnull is the file path of the null device ('/dev/null', etc.)

Programs that import and use 'os' stand a better chance of being
portable between different platforms.  Of course, they must then
only use functions that are defined by all platforms (e.g., unlink
and opendir), and leave all pathname manipulation to os.path
(e.g., split and join).
"""
# PyAot's `os`: CPython 3.12's module (Lib/os.py) for Linux, read and written again on the runtime's `posix`. Its
# own parts are CPython's: `environ`/`environb` (the `_Environ` mapping over `posix.environ`, which calls
# `putenv`/`unsetenv` as it changes), `getenv(b)`, `fsencode`/`fsdecode` (UTF-8 with 'surrogateescape', done here),
# `get_exec_path`, `makedirs`, `removedirs`, `renames`, `walk`, `PathLike`, the `supports_*` sets, `SEEK_*`, and
# `os.path` is `posixpath` (`import os.path` gives that module, as CPython's `sys.modules['os.path']` does).
# Not here: what needs processes or file descriptors the runtime's `posix` does not have (`fwalk`, `fdopen`,
# `popen`, the `exec*` and `spawn*` functions); `walk` raises no `os.walk` audit event (no `sys.audit`).

import abc
import sys
import stat as st

from _collections_abc import _check_methods

GenericAlias = type(list[int])

# More names are added below.
__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "fsencode", "fsdecode", "get_exec_path",
           "extsep"]


def _get_exports_list(module):
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if n[0] != '_']


name = 'posix'
linesep = '\n'
from posix import *
from posix import _exit
__all__.append('_exit')
import posixpath as path
from posix import _have_functions

import posix
__all__.extend(_get_exports_list(posix))
del posix

from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
    devnull)


# Which functions take a directory descriptor, a file descriptor, or follow_symlinks=False, as posix's
# _have_functions says (the functions of these names os has).
_globals = {"access": access, "chdir": chdir, "chmod": chmod, "link": link, "listdir": listdir, "mkdir": mkdir,
            "readlink": readlink, "rename": rename, "rmdir": rmdir, "scandir": scandir, "stat": stat,
            "symlink": symlink, "truncate": truncate, "unlink": unlink, "utime": utime}


def _add(str, fn):
    if (fn in _globals) and (str in _have_functions):
        _set.add(_globals[fn])


_set = set()
_add("HAVE_FACCESSAT",  "access")
_add("HAVE_FCHMODAT",   "chmod")
_add("HAVE_FCHOWNAT",   "chown")
_add("HAVE_FSTATAT",    "stat")
_add("HAVE_FUTIMESAT",  "utime")
_add("HAVE_LINKAT",     "link")
_add("HAVE_MKDIRAT",    "mkdir")
_add("HAVE_MKFIFOAT",   "mkfifo")
_add("HAVE_MKNODAT",    "mknod")
_add("HAVE_OPENAT",     "open")
_add("HAVE_READLINKAT", "readlink")
_add("HAVE_RENAMEAT",   "rename")
_add("HAVE_SYMLINKAT",  "symlink")
_add("HAVE_UNLINKAT",   "unlink")
_add("HAVE_UNLINKAT",   "rmdir")
_add("HAVE_UTIMENSAT",  "utime")
supports_dir_fd = _set

_set = set()
_add("HAVE_FACCESSAT",  "access")
supports_effective_ids = _set

_set = set()
_add("HAVE_FCHDIR",     "chdir")
_add("HAVE_FCHMOD",     "chmod")
_add("HAVE_FCHOWN",     "chown")
_add("HAVE_FDOPENDIR",  "listdir")
_add("HAVE_FDOPENDIR",  "scandir")
_add("HAVE_FEXECVE",    "execve")
_set.add(stat)  # (fstat always works)
_add("HAVE_FTRUNCATE",  "truncate")
_add("HAVE_FUTIMENS",   "utime")
_add("HAVE_FUTIMES",    "utime")
_add("HAVE_FPATHCONF",  "pathconf")
supports_fd = _set

_set = set()
_add("HAVE_FACCESSAT",  "access")
# (fchmodat is not counted for chmod: where lchmod does not work, its flag does not either; CPython counts lchmod)
_add("HAVE_FCHOWNAT",   "chown")
_add("HAVE_FSTATAT",    "stat")
_add("HAVE_LCHFLAGS",   "chflags")
_add("HAVE_LCHMOD",     "chmod")
_add("HAVE_LINKAT",     "link")
_add("HAVE_LUTIMES",    "utime")
_add("HAVE_LSTAT",      "stat")
_add("HAVE_FSTATAT",    "stat")
_add("HAVE_UTIMENSAT",  "utime")
_add("MS_WINDOWS",      "stat")
supports_follow_symlinks = _set

del _set
del _have_functions
del _globals
del _add


# Fixed values (posix maps them to the system's)
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  Works like
    mkdir, except that any intermediate path segment (not just the rightmost)
    will be created if it does not exist. If the target directory already
    exists, raise an OSError if exist_ok is False. Otherwise no exception is
    raised.  This is recursive.

    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # made meanwhile by someone else
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            # "xxx/newdir/." exists once "xxx/newdir" does
            return
    try:
        mkdir(name, mode)
    except OSError:
        # (not EEXIST alone: the system may report EACCES or EROFS first for a directory that exists)
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate
    ones.  Works like rmdir except that, if the leaf directory is
    successfully removed, directories corresponding to rightmost path
    segments will be pruned away until either the whole path is
    consumed or an error occurs.  Errors during this latter phase are
    ignored -- they generally mean that a directory was not empty.

    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty.  Works like rename, except creation of any intermediate
    directories needed to make the new pathname good is attempted
    first.  After the rename, directories corresponding to rightmost
    path segments of the old name will be pruned until either the
    whole path is consumed or a nonempty directory is found.

    Note: this function can fail with the new directory structure made
    if you lack permissions needed to unlink the leaf directory or
    file.

    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


__all__.extend(["makedirs", "removedirs", "renames"])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator.

    For each directory in the directory tree rooted at top (including top
    itself, but excluding '.' and '..'), yields a 3-tuple

        dirpath, dirnames, filenames

    dirpath is a string, the path to the directory.  dirnames is a list of
    the names of the subdirectories in dirpath (including symlinks to directories,
    and excluding '.' and '..').
    filenames is a list of the names of the non-directory files in dirpath.
    Note that the names in the lists are just names, with no path components.
    To get a full path (which begins with top) to a file or directory in
    dirpath, do os.path.join(dirpath, name).

    If optional arg 'topdown' is true or not specified, the triple for a
    directory is generated before the triples for any of its subdirectories
    (directories are generated top down).  If topdown is false, the triple
    for a directory is generated after the triples for all of its
    subdirectories (directories are generated bottom up).

    When topdown is true, the caller can modify the dirnames list in-place
    (e.g., via del or slice assignment), and walk will only recurse into the
    subdirectories whose names remain in dirnames; this can be used to prune the
    search, or to impose a specific order of visiting.  Modifying dirnames when
    topdown is false has no effect on the behavior of os.walk(), since the
    directories in dirnames have already been generated by the time dirnames
    itself is generated. No matter the value of topdown, the list of
    subdirectories is retrieved before the tuples for the directory and its
    subdirectories are generated.

    By default errors from the os.scandir() call are ignored.  If
    optional arg 'onerror' is specified, it should be a function; it
    will be called with one argument, an OSError instance.  It can
    report the error to continue with the walk, or raise the exception
    to abort the walk.  Note that the filename is available as the
    filename attribute of the exception object.

    By default, os.walk does not follow symbolic links to subdirectories on
    systems that support them.  In order to get this functionality, set the
    optional argument 'followlinks' to true.

    Caution:  if you pass a relative pathname for top, don't change the
    current working directory between resumptions of walk.  walk never
    changes the current directory, and assumes that the client doesn't
    either.

    Example:

    import os
    from os.path import join, getsize
    for root, dirs, files in os.walk('python/Lib/email'):
        print(root, "consumes ")
        print(sum(getsize(join(root, name)) for name in files), end=" ")
        print("bytes in", len(files), "non-directory files")
        if 'CVS' in dirs:
            dirs.remove('CVS')  # don't visit CVS directories

    """
    # A stack of directories still to read and, bottom-up, of (top, dirs, nondirs) triples still to yield.
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue

        dirs = []
        nondirs = []
        walk_dirs = []

        # A directory that cannot be read is reported to onerror, if any, and skipped.
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue

        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break

                try:
                    is_dir = entry.is_dir()
                except OSError:
                    # not a directory, as os.path.isdir() would say
                    is_dir = False

                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)

                if not topdown and is_dir:
                    # Bottom-up, the subdirectories to walk are known now: links to directories only with followlinks.
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            # not a link, as os.path.islink() would say
                            is_symlink = False
                        walk_into = not is_symlink

                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue

        if topdown:
            yield top, dirs, nondirs
            # The subdirectories left in dirs, in their order; islink() is asked now, not cached, so that a caller
            # who replaced a directory by a link meanwhile is not walked through it (bpo-23605).
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            # This directory's triple comes after its subdirectories'.
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


__all__.append("walk")


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process.

    *env* must be an environment variable dict or None.  If *env* is None,
    os.environ will be used.
    """
    # (CPython ignores BytesWarning here; it is only ever given with `python -b`, which a compiled program is not)
    if env is None:
        env = environ

    try:
        path_list = env.get('PATH')
    except TypeError:
        path_list = None

    if supports_bytes_environ:
        try:
            path_listb = env[b'PATH']
        except (KeyError, TypeError):
            pass
        else:
            if path_list is not None:
                raise ValueError(
                    "env cannot contain 'PATH' and b'PATH' keys")
            path_list = path_listb

        if path_list is not None and isinstance(path_list, bytes):
            path_list = fsdecode(path_list)

    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


from _collections_abc import MutableMapping, Mapping


class _Environ(MutableMapping):
    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # (a copy of the keys: the mapping may change while it is iterated)
        keys = list(self._data)
        for key in keys:
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted_items = ", ".join(
            f"{self.decodekey(key)!r}: {self.decodevalue(value)!r}"
            for key, value in self._data.items()
        )
        return f"environ({{{formatted_items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


# The file system's encoding: UTF-8 with 'surrogateescape' (CPython's on Linux in a UTF-8 or C locale), written here:
# the runtime's codecs know the strict error handler only. A byte that is not part of valid UTF-8 is the lone
# surrogate U+DC80..U+DCFF, and back.

def _fs_encode(s):
    parts = []
    pos = 0
    while True:
        try:
            parts.append(s[pos:].encode('utf-8'))
            return b''.join(parts)
        except UnicodeEncodeError as e:
            start = pos + e.start
            end = pos + e.end
        parts.append(s[pos:start].encode('utf-8'))
        escaped = bytearray()
        for i in range(start, end):
            code = ord(s[i])
            if not 0xDC80 <= code <= 0xDCFF:
                # (CPython's encoder escapes what it can of the run of surrogates, then reports the rest of it)
                raise UnicodeEncodeError('utf-8', s, i, end, 'surrogates not allowed')
            escaped.append(code - 0xDC00)
        parts.append(bytes(escaped))
        pos = end


def _fs_decode(b):
    parts = []
    pos = 0
    while True:
        try:
            parts.append(b[pos:].decode('utf-8'))
            return ''.join(parts)
        except UnicodeDecodeError as e:
            start = pos + e.start
            end = pos + e.end
            reason = e.reason
        parts.append(b[pos:start].decode('utf-8'))
        for byte in b[start:end]:
            if byte < 128:
                raise UnicodeDecodeError('utf-8', b, start, end, reason)
            parts.append(chr(0xDC00 + byte))
        pos = end


def _createenviron():
    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return _fs_encode(value)
    return _Environ(environ, encode, _fs_decode, encode, _fs_decode)


environ = _createenviron()
del _createenviron


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


supports_bytes_environ = (name != 'nt')
__all__.extend(("getenv", "supports_bytes_environ"))


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


environb = _Environ(environ._data,
    _check_bytes, bytes,
    _check_bytes, bytes)
del _check_bytes


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


__all__.extend(("environb", "getenvb"))


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged.
    On Windows, use 'strict' error handler if the file system encoding is
    'mbcs' (which is the default encoding).
    """
    filename = fspath(filename)  # (its type is checked there)
    if isinstance(filename, str):
        return _fs_encode(filename)
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged. On
    Windows, use 'strict' error handler if the file system encoding is
    'mbcs' (which is the default encoding).
    """
    filename = fspath(filename)  # (its type is checked there)
    if isinstance(filename, bytes):
        return _fs_decode(filename)
    return filename


def _fspath(path):
    """Return the path representation of a path-like object.

    If str or bytes is passed in, it is returned unchanged. Otherwise the
    os.PathLike interface is used to get the path representation. If the
    path representation is not str or bytes, TypeError is raised. If the
    provided path is not str, bytes, or os.PathLike, TypeError is raised.
    """
    if isinstance(path, (str, bytes)):
        return path

    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        else:
            raise TypeError("expected str, bytes or os.PathLike object, "
                            "not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    else:
        raise TypeError("expected {}.__fspath__() to return str or bytes, "
                        "not {}".format(path_type.__name__,
                                        type(path_repr).__name__))


class PathLike(abc.ABC):

    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, '__fspath__')
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)
