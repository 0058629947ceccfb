# genericpath and os.path's file tests, ported from CPython's Lib/test/test_genericpath.py (GenericTest:
# test_no_argument, test_getsize, test_filetime, test_exists, test_isdir, test_isfile, test_samefile,
# test_samefile_on_symlink, test_samefile_on_link, test_samestat, test_samestat_on_symlink, test_samestat_on_link,
# test_sameopenfile (on descriptor 0, and one that is not open); TestGenericTest.test_invalid_paths; CommonTest: test_abspath, test_realpath,
# test_abspath_issue3426, test_nonascii_abspath; PathLikeTests), for genericpath and posixpath alike. The files
# live in a directory the program makes under /tmp.
import os
import sys
import genericpath
import posixpath

TOP = "/tmp/pyaot_stdlib_genericpath_%d" % os.getpid()  # (unique: the suite may run a program twice at once)


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


def create_file(filename, data=b'foo'):
    with open(filename, 'xb') as fp:
        fp.write(data)


class FakePath:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


def outcome(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        if isinstance(e, OSError):
            return f"{type(e).__name__}: [Errno {e.errno}] {e.strerror}"
        return f"{type(e).__name__}: {e}"


rmtree(TOP)
os.mkdir(TOP)
start_cwd = os.getcwd()
os.chdir(TOP)
TESTFN = "@test_genericpath_tmp"
bTESTFN = os.fsencode(TESTFN)

for module in (genericpath, posixpath):
    print("=====", module.__name__)
    common = ['commonprefix', 'getsize', 'getatime', 'getctime', 'getmtime', 'exists', 'isdir', 'isfile']
    extra = [] if module is genericpath else ['relpath', 'samefile', 'sameopenfile', 'samestat', 'normcase',
                                                'splitdrive', 'expandvars', 'normpath', 'abspath', 'join', 'split',
                                                'splitext', 'isabs', 'basename', 'dirname', 'lexists', 'islink',
                                                'ismount', 'expanduser', 'realpath']
    for attr in common + extra:
        print(attr, outcome(getattr(module, attr)).split(':')[0])

    print("-- getsize, filetime")
    create_file(TESTFN, b'Hello')
    print(module.getsize(TESTFN), module.getsize(bTESTFN), module.getsize(FakePath(TESTFN)))
    os.remove(TESTFN)
    create_file(TESTFN, b'Hello World!')
    print(module.getsize(TESTFN))
    os.remove(TESTFN)
    create_file(TESTFN, b'foo')
    with open(TESTFN, "ab") as f:
        f.write(b"bar")
    with open(TESTFN, "rb") as f:
        print(f.read())
    print(module.getctime(TESTFN) <= module.getmtime(TESTFN), type(module.getatime(TESTFN)).__name__,
          module.getmtime(TESTFN) == os.stat(TESTFN).st_mtime, module.getatime(TESTFN) == os.stat(TESTFN).st_atime)
    os.remove(TESTFN)

    print("-- exists, isdir, isfile")
    for f in (module.exists, module.isdir, module.isfile):
        print(f.__name__, f(TESTFN), f(bTESTFN), f(TESTFN + '\udfff'), f(bTESTFN + b'\xff'), f(TESTFN + '\x00'),
              f(bTESTFN + b'\x00'))
    create_file(TESTFN)
    for f in (module.exists, module.isdir, module.isfile):
        print(f.__name__, "file", f(TESTFN), f(bTESTFN), f(FakePath(TESTFN)))
    if module is posixpath:
        print("lexists", module.lexists(TESTFN), module.lexists(bTESTFN), module.lexists(TESTFN + '\udfff'),
              module.lexists(bTESTFN + b'\xff'), module.lexists(TESTFN + '\x00'), module.lexists(bTESTFN + b'\x00'))
    os.remove(TESTFN)
    os.mkdir(TESTFN)
    for f in (module.exists, module.isdir, module.isfile):
        print(f.__name__, "dir", f(TESTFN), f(bTESTFN), f(FakePath(TESTFN)))
    os.rmdir(TESTFN)
    print(module.exists(99999), outcome(module.exists, None))

    print("-- samefile, samestat")
    file1 = TESTFN
    file2 = TESTFN + "2"
    create_file(file1)
    print(module.samefile(file1, file1), module.samefile(FakePath(file1), file1))
    create_file(file2)
    print(module.samefile(file1, file2))
    print(outcome(module.samefile, file1))
    print(outcome(module.samefile, file1, TESTFN + "nope"))
    stat1 = os.stat(file1)
    print(module.samestat(stat1, os.stat(file1)), module.samestat(stat1, os.stat(file2)))
    print(outcome(module.samestat))
    unlink(file1)
    unlink(file2)
    for func in (os.symlink, os.link):
        create_file(file1)
        func(file1, file2)
        print(func.__name__, module.samefile(file1, file2), module.samestat(os.stat(file1), os.stat(file2)))
        os.remove(file2)
        create_file(file2)
        print(func.__name__, module.samefile(file1, file2), module.samestat(os.stat(file1), os.stat(file2)))
        unlink(file1)
        unlink(file2)
    print("sameopenfile", module.sameopenfile(0, 0), outcome(module.sameopenfile, 0, 12345))

    print("-- commonprefix on paths")
    print(module.commonprefix([FakePath(TESTFN), TESTFN]), module.commonprefix([TESTFN + "a", TESTFN + "b"]))

print("-- invalid paths")
for attr in ['getsize', 'getatime', 'getctime', 'getmtime', 'exists', 'isdir', 'isfile']:
    func = getattr(genericpath, attr)
    print(attr, outcome(func, '/tmp\udfffabcds'), outcome(func, b'/tmp\xffabcds'), outcome(func, '/tmp\x00abcds'),
          outcome(func, b'/tmp\x00abcds'))

print("-- abspath, realpath")
print(posixpath.abspath("foo") == TOP + "/foo", posixpath.abspath(b"foo") == os.fsencode(TOP + "/foo"))
for path in (b'', b'foo', b'f\xf2\xf2', b'/foo', b'C:\\'):
    print(repr(path), type(posixpath.abspath(path)).__name__, posixpath.abspath(path).startswith(b'/'))
print("foo" in posixpath.realpath("foo"), b"foo" in posixpath.realpath(b"foo"))
for path in ('', 'fuu', 'f\xf9\xf9', '/fuu', 'U:\\'):
    print(ascii(path), type(posixpath.abspath(path)).__name__)
for name in ('\xe7w\xf0', os.fsdecode(b'@test_\xff')):
    os.mkdir(name)
    os.chdir(name)
    print(ascii(name), ascii(posixpath.basename(os.getcwd())), posixpath.basename(os.getcwdb()),
          ascii(posixpath.abspath('fuu')[len(TOP):]), posixpath.abspath(b'f\xf2\xf2')[len(TOP):],
          ascii(posixpath.realpath('.')[len(TOP):]))
    os.chdir(TOP)
    os.rmdir(name)

os.chdir(start_cwd)
rmtree(TOP)
print(os.path.exists(TOP))
