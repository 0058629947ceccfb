# Ported from CPython 3.12's Lib/test/test_stat.py, TestFilemode (as TestFilemodeCStat runs it: `stat` on Linux is
# _stat's): test_module_attributes and test_file_attribute_constants as they are; test_mode, test_directory,
# test_link, test_fifo, test_devices and test_socket on synthetic modes (S_IFxxx | permission bits) in place of files
# made on disk. The test's sets are iterated in sorted order (a set of str iterates in an order that varies between
# runs). Then what the tests do not reach: filemode of every special bit, unknown file types, and the errors.
from cpython_testcase import TestCase, run
import stat


class TestFilemode(TestCase):
    statmod = stat

    file_flags = {'SF_APPEND', 'SF_ARCHIVED', 'SF_IMMUTABLE', 'SF_NOUNLINK',
                  'SF_SNAPSHOT', 'UF_APPEND', 'UF_COMPRESSED', 'UF_HIDDEN',
                  'UF_IMMUTABLE', 'UF_NODUMP', 'UF_NOUNLINK', 'UF_OPAQUE'}

    formats = {'S_IFBLK', 'S_IFCHR', 'S_IFDIR', 'S_IFIFO', 'S_IFLNK',
               'S_IFREG', 'S_IFSOCK', 'S_IFDOOR', 'S_IFPORT', 'S_IFWHT'}

    format_funcs = {'S_ISBLK', 'S_ISCHR', 'S_ISDIR', 'S_ISFIFO', 'S_ISLNK',
                    'S_ISREG', 'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT'}

    stat_struct = {
        'ST_MODE': 0,
        'ST_INO': 1,
        'ST_DEV': 2,
        'ST_NLINK': 3,
        'ST_UID': 4,
        'ST_GID': 5,
        'ST_SIZE': 6,
        'ST_ATIME': 7,
        'ST_MTIME': 8,
        'ST_CTIME': 9}

    # permission bit value are defined by POSIX
    permission_bits = {
        'S_ISUID': 0o4000,
        'S_ISGID': 0o2000,
        'S_ENFMT': 0o2000,
        'S_ISVTX': 0o1000,
        'S_IRWXU': 0o700,
        'S_IRUSR': 0o400,
        'S_IREAD': 0o400,
        'S_IWUSR': 0o200,
        'S_IWRITE': 0o200,
        'S_IXUSR': 0o100,
        'S_IEXEC': 0o100,
        'S_IRWXG': 0o070,
        'S_IRGRP': 0o040,
        'S_IWGRP': 0o020,
        'S_IXGRP': 0o010,
        'S_IRWXO': 0o007,
        'S_IROTH': 0o004,
        'S_IWOTH': 0o002,
        'S_IXOTH': 0o001}

    # defined by the Windows API documentation
    file_attributes = {
        'FILE_ATTRIBUTE_ARCHIVE': 32,
        'FILE_ATTRIBUTE_COMPRESSED': 2048,
        'FILE_ATTRIBUTE_DEVICE': 64,
        'FILE_ATTRIBUTE_DIRECTORY': 16,
        'FILE_ATTRIBUTE_ENCRYPTED': 16384,
        'FILE_ATTRIBUTE_HIDDEN': 2,
        'FILE_ATTRIBUTE_INTEGRITY_STREAM': 32768,
        'FILE_ATTRIBUTE_NORMAL': 128,
        'FILE_ATTRIBUTE_NOT_CONTENT_INDEXED': 8192,
        'FILE_ATTRIBUTE_NO_SCRUB_DATA': 131072,
        'FILE_ATTRIBUTE_OFFLINE': 4096,
        'FILE_ATTRIBUTE_READONLY': 1,
        'FILE_ATTRIBUTE_REPARSE_POINT': 1024,
        'FILE_ATTRIBUTE_SPARSE_FILE': 512,
        'FILE_ATTRIBUTE_SYSTEM': 4,
        'FILE_ATTRIBUTE_TEMPORARY': 256,
        'FILE_ATTRIBUTE_VIRTUAL': 65536}

    def get_mode(self, st_mode):
        # In place of os.lstat(fname).st_mode: the mode itself.
        modestr = self.statmod.filemode(st_mode)
        return st_mode, modestr

    def assertS_IS(self, name, mode):
        # test format, lstrip is for S_IFIFO
        fmt = getattr(self.statmod, "S_IF" + name.lstrip("F"))
        self.assertEqual(self.statmod.S_IFMT(mode), fmt)
        # test that just one function returns true
        testname = "S_IS" + name
        for funcname in sorted(self.format_funcs):
            func = getattr(self.statmod, funcname, None)
            if func is None:
                if funcname == testname:
                    raise ValueError(funcname)
                continue
            if funcname == testname:
                self.assertTrue(func(mode))
            else:
                self.assertFalse(func(mode))

    def test_mode(self):
        # os.chmod(TESTFN, 0o700) on a regular file, then 0o070, 0o007, 0o444.
        st_mode, modestr = self.get_mode(stat.S_IFREG | 0o700)
        self.assertEqual(modestr, '-rwx------')
        self.assertS_IS("REG", st_mode)
        self.assertEqual(self.statmod.S_IMODE(st_mode),
                         self.statmod.S_IRWXU)

        st_mode, modestr = self.get_mode(stat.S_IFREG | 0o070)
        self.assertEqual(modestr, '----rwx---')
        self.assertS_IS("REG", st_mode)
        self.assertEqual(self.statmod.S_IMODE(st_mode),
                         self.statmod.S_IRWXG)

        st_mode, modestr = self.get_mode(stat.S_IFREG | 0o007)
        self.assertEqual(modestr, '-------rwx')
        self.assertS_IS("REG", st_mode)
        self.assertEqual(self.statmod.S_IMODE(st_mode),
                         self.statmod.S_IRWXO)

        st_mode, modestr = self.get_mode(stat.S_IFREG | 0o444)
        self.assertS_IS("REG", st_mode)
        self.assertEqual(modestr, '-r--r--r--')
        self.assertEqual(self.statmod.S_IMODE(st_mode), 0o444)

    def test_directory(self):
        st_mode, modestr = self.get_mode(stat.S_IFDIR | 0o700)
        self.assertS_IS("DIR", st_mode)
        self.assertEqual(modestr, 'drwx------')

    def test_link(self):
        st_mode, modestr = self.get_mode(stat.S_IFLNK | 0o777)
        self.assertEqual(modestr[0], 'l')
        self.assertS_IS("LNK", st_mode)

    def test_fifo(self):
        st_mode, modestr = self.get_mode(stat.S_IFIFO | 0o700)
        self.assertEqual(modestr, 'prwx------')
        self.assertS_IS("FIFO", st_mode)

    def test_devices(self):
        # /dev/null's mode (crw-rw-rw-), then a block device's (/dev/sda: brw-rw----).
        st_mode, modestr = self.get_mode(stat.S_IFCHR | 0o666)
        self.assertEqual(modestr[0], 'c')
        self.assertS_IS("CHR", st_mode)
        st_mode, modestr = self.get_mode(stat.S_IFBLK | 0o660)
        self.assertEqual(modestr[0], 'b')
        self.assertS_IS("BLK", st_mode)

    def test_socket(self):
        st_mode, modestr = self.get_mode(stat.S_IFSOCK | 0o755)
        self.assertEqual(modestr[0], 's')
        self.assertS_IS("SOCK", st_mode)

    def test_module_attributes(self):
        for key, value in self.stat_struct.items():
            modvalue = getattr(self.statmod, key)
            self.assertEqual(value, modvalue)
        for key, value in self.permission_bits.items():
            modvalue = getattr(self.statmod, key)
            self.assertEqual(value, modvalue)
        for key in sorted(self.file_flags):
            modvalue = getattr(self.statmod, key)
            self.assertIsInstance(modvalue, int)
        for key in sorted(self.formats):
            modvalue = getattr(self.statmod, key)
            self.assertIsInstance(modvalue, int)
        for key in sorted(self.format_funcs):
            func = getattr(self.statmod, key)
            self.assertTrue(callable(func))
            self.assertEqual(func(0), 0)

    def test_file_attribute_constants(self):
        # (CPython runs this on Windows only; the constants are there on Linux too.)
        for key, value in sorted(self.file_attributes.items()):
            self.assertTrue(hasattr(self.statmod, key))
            modvalue = getattr(self.statmod, key)
            self.assertEqual(value, modvalue)


for name in ["test_mode", "test_directory", "test_link", "test_fifo", "test_devices", "test_socket",
             "test_module_attributes", "test_file_attribute_constants"]:
    run(TestFilemode, name)

# The values of the rest, and the file flags.
print([(n, oct(getattr(stat, n))) for n in sorted(TestFilemode.formats)])
print([(n, hex(getattr(stat, n))) for n in sorted(TestFilemode.file_flags)])

# filemode over file types and special bits.
for fmt in [stat.S_IFREG, stat.S_IFDIR, stat.S_IFLNK, stat.S_IFSOCK, stat.S_IFBLK, stat.S_IFCHR, stat.S_IFIFO, 0,
            0o150000, 0o170000, 0o030000]:
    print(oct(fmt), [stat.filemode(fmt | p) for p in [0, 0o777, 0o4000, 0o4100, 0o2000, 0o2010, 0o1000, 0o1001,
                                                      0o7777, 0o7000, 0o644, 0o755]])
print(stat.filemode(0o40755), stat.filemode(0o100644), stat.filemode(0o120777), stat.filemode(2**32 - 1))
for mode in [0o100644, 0o40755 | 0o1000, 0o170777, True, 2**32 - 1]:
    print(oct(mode), stat.S_IMODE(mode), stat.S_IFMT(mode), [f for f in sorted(TestFilemode.format_funcs)
                                                             if getattr(stat, f)(mode)])
print(type(stat.S_IMODE(True)).__name__, type(stat.S_ISDIR(0o40000)).__name__, stat.S_ISDOOR(0), stat.S_ISWHT(0o170000))

# The modes _stat refuses, and its messages.
for bad in [-1, 2**32, 2**40, 2**64 - 1, 2**64, 1.0, "755", None]:
    for name in ["S_IMODE", "S_IFMT", "S_ISDIR", "S_ISDOOR", "filemode"]:
        try:
            print(name, repr(bad), getattr(stat, name)(bad))
        except (TypeError, OverflowError) as e:
            print(name, repr(bad), type(e).__name__ + ":", e)

# _stat's functions take exactly one argument, not by keyword.
for call in [lambda: stat.S_ISDIR(), lambda: stat.S_ISREG(1, 2), lambda: stat.S_IMODE(mode=1),
             lambda: stat.filemode(0o644, mode=1), lambda: stat.S_ISWHT(*[])]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__ + ":", e)

# from stat import * gives the public names.
exec_names = [n for n in dir(stat) if not n.startswith("_")]
print(len(exec_names), exec_names[:5], exec_names[-5:])
from stat import *
print(S_ISREG(S_IFREG), filemode(S_IFDIR | S_IRWXU | S_IRGRP | S_IXGRP), S_IMODE(0o104755) == S_ISUID | 0o755)
