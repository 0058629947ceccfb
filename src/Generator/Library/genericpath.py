"""
Path operations common to more than one OS
Do not use directly.  The OS specific modules import the appropriate
functions from this module themselves.
"""
# PyAot's `genericpath`: CPython 3.12's module (Lib/genericpath.py), read and written again on PyAot's `os`. The
# functions, their results and their messages are CPython's.

import os
import stat


__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'islink', 'samefile', 'sameopenfile',
           'samestat']


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    # (os.stat follows links: a dangling link does not exist)
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Test whether a path is a regular file"""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(mode)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        mode = os.stat(s).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(mode)


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        mode = os.lstat(path).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(mode)


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    # Lists of path components (lists or tuples) are compared as they are; paths go through os.fspath.
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    # The smallest and the largest share the prefix all of them share.
    first = min(m)
    last = max(m)
    for i, item in enumerate(first):
        if item != last[i]:
            return first[:i]
    return first


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory

    This is determined by the device number and i-node number and
    raises an exception if an os.stat() call on either pathname fails.
    """
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    # (str or bytes alike: the separators are given of p's type)
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        # The dot begins an extension unless only dots come before it in the last component.
        for i in range(last_sep + 1, dot):
            if p[i:i + 1] != extsep:
                return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
