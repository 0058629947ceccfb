"""Constants/functions for interpreting results of os.stat() and os.lstat().

Suggested usage: from stat import *
"""

# PyAot's stat module: every name of CPython 3.12's, with its values on Linux. CPython's Lib/stat.py defines them in
# Python and then replaces them with its C module _stat's (Modules/_stat.c) where that exists, as it does on Linux; so
# the functions here behave as _stat's do there, written again in Python: a mode must be an int that fits C's mode_t
# (32 bits, unsigned), with _stat's TypeError and OverflowError messages, the S_IS* functions return bools,
# filemode() shows '?' for a file type it does not know, and a call with a keyword or other than one argument fails
# with the message of _stat's one-argument built-ins.

# Indices of the members of the tuple os.stat() returns.

ST_MODE  = 0
ST_INO   = 1
ST_DEV   = 2
ST_NLINK = 3
ST_UID   = 4
ST_GID   = 5
ST_SIZE  = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types: what S_IFMT(mode) is for each (Linux has no doors, event ports or whiteouts: those are 0).

S_IFDIR  = 0o040000  # directory
S_IFCHR  = 0o020000  # character device
S_IFBLK  = 0o060000  # block device
S_IFREG  = 0o100000  # regular file
S_IFIFO  = 0o010000  # fifo (named pipe)
S_IFLNK  = 0o120000  # symbolic link
S_IFSOCK = 0o140000  # socket file
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT  = 0

# Permission bits.

S_ISUID  = 0o4000  # set UID bit
S_ISGID  = 0o2000  # set GID bit
S_ENFMT  = S_ISGID # file locking enforcement
S_ISVTX  = 0o1000  # sticky bit
S_IREAD  = 0o0400  # Unix V7 synonym for S_IRUSR
S_IWRITE = 0o0200  # Unix V7 synonym for S_IWUSR
S_IEXEC  = 0o0100  # Unix V7 synonym for S_IXUSR
S_IRWXU  = 0o0700  # mask for owner permissions
S_IRUSR  = 0o0400  # read by owner
S_IWUSR  = 0o0200  # write by owner
S_IXUSR  = 0o0100  # execute by owner
S_IRWXG  = 0o0070  # mask for group permissions
S_IRGRP  = 0o0040  # read by group
S_IWGRP  = 0o0020  # write by group
S_IXGRP  = 0o0010  # execute by group
S_IRWXO  = 0o0007  # mask for others (not in group) permissions
S_IROTH  = 0o0004  # read by others
S_IWOTH  = 0o0002  # write by others
S_IXOTH  = 0o0001  # execute by others

# File flags (BSD and macOS st_flags).

UF_NODUMP     = 0x00000001  # do not dump file
UF_IMMUTABLE  = 0x00000002  # file may not be changed
UF_APPEND     = 0x00000004  # file may only be appended to
UF_OPAQUE     = 0x00000008  # directory is opaque when viewed through a union stack
UF_NOUNLINK   = 0x00000010  # file may not be renamed or deleted
UF_COMPRESSED = 0x00000020  # OS X: file is hfs-compressed
UF_HIDDEN     = 0x00008000  # OS X: file should not be displayed
SF_ARCHIVED   = 0x00010000  # file may be archived
SF_IMMUTABLE  = 0x00020000  # file may not be changed
SF_APPEND     = 0x00040000  # file may only be appended to
SF_NOUNLINK   = 0x00100000  # file may not be renamed or deleted
SF_SNAPSHOT   = 0x00200000  # file is a snapshot file

# Windows FILE_ATTRIBUTE constants, for os.stat()'s st_file_attributes.

FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536


def _mode_t(mode):
    # _stat's _PyLong_AsMode_t: PyLong_AsUnsignedLong (an int, not negative, within 64 bits), then within mode_t.
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > 0xFFFFFFFFFFFFFFFF:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if mode > 0xFFFFFFFF:
        raise OverflowError("mode out of range")
    return int(mode)


def _mode_argument(name, args, kwargs):
    # The one argument of a _stat function (a METH_O built-in: no keywords, exactly one argument), as a mode.
    if kwargs:
        raise TypeError(f"_stat.{name}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"_stat.{name}() takes exactly one argument ({len(args)} given)")
    return _mode_t(args[0])


def S_IMODE(*args, **kwargs):
    """Return the portion of the file's mode that can be set by os.chmod()."""
    mode = _mode_argument("S_IMODE", args, kwargs)
    return mode & 0o7777


def S_IFMT(*args, **kwargs):
    """Return the portion of the file's mode that describes the file type."""
    mode = _mode_argument("S_IFMT", args, kwargs)
    return mode & 0o170000


def S_ISDIR(*args, **kwargs):
    """S_ISDIR(mode) -> bool

Return True if mode is from a directory."""
    mode = _mode_argument("S_ISDIR", args, kwargs)
    return mode & 0o170000 == S_IFDIR


def S_ISCHR(*args, **kwargs):
    """S_ISCHR(mode) -> bool

Return True if mode is from a character special device file."""
    mode = _mode_argument("S_ISCHR", args, kwargs)
    return mode & 0o170000 == S_IFCHR


def S_ISBLK(*args, **kwargs):
    """S_ISBLK(mode) -> bool

Return True if mode is from a block special device file."""
    mode = _mode_argument("S_ISBLK", args, kwargs)
    return mode & 0o170000 == S_IFBLK


def S_ISREG(*args, **kwargs):
    """S_ISREG(mode) -> bool

Return True if mode is from a regular file."""
    mode = _mode_argument("S_ISREG", args, kwargs)
    return mode & 0o170000 == S_IFREG


def S_ISFIFO(*args, **kwargs):
    """S_ISFIFO(mode) -> bool

Return True if mode is from a FIFO (named pipe)."""
    mode = _mode_argument("S_ISFIFO", args, kwargs)
    return mode & 0o170000 == S_IFIFO


def S_ISLNK(*args, **kwargs):
    """S_ISLNK(mode) -> bool

Return True if mode is from a symbolic link."""
    mode = _mode_argument("S_ISLNK", args, kwargs)
    return mode & 0o170000 == S_IFLNK


def S_ISSOCK(*args, **kwargs):
    """S_ISSOCK(mode) -> bool

Return True if mode is from a socket."""
    mode = _mode_argument("S_ISSOCK", args, kwargs)
    return mode & 0o170000 == S_IFSOCK


def S_ISDOOR(*args, **kwargs):
    """S_ISDOOR(mode) -> bool

Return True if mode is from a door."""
    _mode_argument("S_ISDOOR", args, kwargs)
    return False


def S_ISPORT(*args, **kwargs):
    """S_ISPORT(mode) -> bool

Return True if mode is from an event port."""
    _mode_argument("S_ISPORT", args, kwargs)
    return False


def S_ISWHT(*args, **kwargs):
    """S_ISWHT(mode) -> bool

Return True if mode is from a whiteout."""
    _mode_argument("S_ISWHT", args, kwargs)
    return False


# filemode()'s letter for each file type ('?' for any other S_IFMT value).
_filetype_chars = {S_IFREG: '-', S_IFDIR: 'd', S_IFLNK: 'l', S_IFBLK: 'b', S_IFCHR: 'c', S_IFIFO: 'p', S_IFSOCK: 's'}


def _execute_char(mode, execute, special, set_char):
    # The third letter of a permission triple: x, or s/t with the special bit (S when the special bit is set without
    # execute permission, T for the sticky bit).
    if mode & special:
        return set_char if mode & execute else set_char.upper()
    return 'x' if mode & execute else '-'


def filemode(*args, **kwargs):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'"""
    mode = _mode_argument("filemode", args, kwargs)
    return ''.join([
        _filetype_chars.get(mode & 0o170000, '?'),
        'r' if mode & S_IRUSR else '-',
        'w' if mode & S_IWUSR else '-',
        _execute_char(mode, S_IXUSR, S_ISUID, 's'),
        'r' if mode & S_IRGRP else '-',
        'w' if mode & S_IWGRP else '-',
        _execute_char(mode, S_IXGRP, S_ISGID, 's'),
        'r' if mode & S_IROTH else '-',
        'w' if mode & S_IWOTH else '-',
        _execute_char(mode, S_IXOTH, S_ISVTX, 't'),
    ])
