# posixpath's pure functions, ported from CPython's Lib/test/test_posixpath.py (PosixPathTest: test_join, test_split,
# test_splitext, test_splitroot, test_isabs, test_basename, test_dirname, test_expanduser_home_envvar, test_normpath,
# test_relpath, test_relpath_bytes, test_commonpath; PathLikeTests for the functions that need no file) and
# Lib/test/test_genericpath.py (GenericTest.test_commonprefix; CommonTest: test_normcase, test_splitdrive,
# test_expandvars, test_expandvars_nonascii, test_normpath_issue5827, test_normpath_issue106242, test_join_errors,
# test_relpath_errors). Each check prints what it computes; expected errors print as "type: message".
import os
import os.path
import posixpath
import genericpath


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, f"{type(e).__name__}: {e}")


class FakePath:
    """Simple implementing of the path protocol (test.support.os_helper.FakePath)."""
    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return f'<FakePath {self.path!r}>'

    def __fspath__(self):
        if (isinstance(self.path, BaseException) or
            isinstance(self.path, type) and
                issubclass(self.path, BaseException)):
            raise self.path
        else:
            return self.path


print("os.path is posixpath:", os.path is posixpath, os.path.__name__)
print("constants:", posixpath.curdir, posixpath.pardir, posixpath.extsep, posixpath.sep, posixpath.pathsep,
      posixpath.defpath, posixpath.altsep, posixpath.devnull, posixpath.supports_unicode_filenames)
print(sorted(posixpath.__all__))
print(sorted(genericpath.__all__))

print("-- join")
for args in [("/foo", "bar", "/bar", "baz"), ("/foo", "bar", "baz"), ("/foo/", "bar/", "baz/"),
             (b"/foo", b"bar", b"/bar", b"baz"), (b"/foo", b"bar", b"baz"), (b"/foo/", b"bar/", b"baz/"),
             ("a",), ("", ""), ("", "a"), ("a", ""), ("/", "/"), ("a", FakePath("b"), "c")]:
    show(repr(args), posixpath.join, *args)
for args in [(b'bytes', 'str'), ('str', b'bytes'), (42, 'str'), ('str', 42), (42,), ([],),
             (bytearray(b'foo'), bytearray(b'bar')), ('a', None)]:
    show(repr(args), posixpath.join, *args)

print("-- split, basename, dirname")
for p in ["/foo/bar", "/", "foo", "////foo", "//foo//bar", "", "a/b/", b"/foo/bar", b"/", b"foo", b"////foo",
          b"//foo//bar"]:
    print(repr(p), posixpath.split(p), repr(posixpath.basename(p)), repr(posixpath.dirname(p)))


def splitextTest(path, filename, ext):
    results = [posixpath.splitext(path) == (filename, ext),
               posixpath.splitext("/" + path) == ("/" + filename, ext),
               posixpath.splitext("abc/" + path) == ("abc/" + filename, ext),
               posixpath.splitext("abc.def/" + path) == ("abc.def/" + filename, ext),
               posixpath.splitext("/abc.def/" + path) == ("/abc.def/" + filename, ext),
               posixpath.splitext(path + "/") == (filename + ext + "/", "")]
    bpath = bytes(path, "ASCII")
    bfilename = bytes(filename, "ASCII")
    bext = bytes(ext, "ASCII")
    results += [posixpath.splitext(bpath) == (bfilename, bext),
                posixpath.splitext(b"/" + bpath) == (b"/" + bfilename, bext),
                posixpath.splitext(b"abc/" + bpath) == (b"abc/" + bfilename, bext),
                posixpath.splitext(b"abc.def/" + bpath) == (b"abc.def/" + bfilename, bext),
                posixpath.splitext(b"/abc.def/" + bpath) == (b"/abc.def/" + bfilename, bext),
                posixpath.splitext(bpath + b"/") == (bfilename + bext + b"/", b"")]
    print("splitext", repr(path), posixpath.splitext(path), all(results))


print("-- splitext")
splitextTest("foo.bar", "foo", ".bar")
splitextTest("foo.boo.bar", "foo.boo", ".bar")
splitextTest("foo.boo.biff.bar", "foo.boo.biff", ".bar")
splitextTest(".csh.rc", ".csh", ".rc")
splitextTest("nodots", "nodots", "")
splitextTest(".cshrc", ".cshrc", "")
splitextTest("...manydots", "...manydots", "")
splitextTest("...manydots.ext", "...manydots", ".ext")
splitextTest(".", ".", "")
splitextTest("..", "..", "")
splitextTest("........", "........", "")
splitextTest("", "", "")
print(posixpath.splitext.__doc__ == genericpath._splitext.__doc__)

print("-- splitroot, splitdrive")
for p in ['', 'a', 'a/b', 'a/b/', '/a', '/a/b', '/a/b/', '//a', '///a', '///a/b', 'c:/a/b', '\\/a/b', '\\a\\b',
          b'', b'a', b'/a', b'//a', b'///a']:
    print(repr(p), posixpath.splitroot(p), posixpath.splitdrive(p))
for p in ["/foo/bar", "foo:bar", ":foo:bar", b"/foo/bar", b"foo:bar", b":foo:bar"]:
    print(repr(p), posixpath.splitdrive(p))

print("-- isabs, normcase")
for p in ["", "/", "/foo", "/foo/bar", "foo/bar", b"", b"/", b"/foo", b"/foo/bar", b"foo/bar"]:
    print(repr(p), posixpath.isabs(p), repr(posixpath.normcase(p)))
for p in [None, True, 0, 2.5, [], bytearray(b''), {'o'}]:
    show("normcase " + repr(p), posixpath.normcase, p)
    show("isabs " + repr(p), posixpath.isabs, p)
for p in ["FoO/./BaR", b"FoO/./BaR"]:
    p = posixpath.normcase(p)
    print(p == posixpath.normcase(p))

print("-- normpath")
NORMPATH_CASES = [
    ("", "."), ("/", "/"), ("/.", "/"), ("/./", "/"), ("/.//.", "/"), ("/foo", "/foo"), ("/foo/bar", "/foo/bar"),
    ("//", "//"), ("///", "/"), ("///foo/.//bar//", "/foo/bar"), ("///foo/.//bar//.//..//.//baz///", "/foo/baz"),
    ("///..//./foo/.//bar", "/foo/bar"), (".", "."), (".//.", "."), ("..", ".."), ("../", ".."),
    ("../foo", "../foo"), ("../../foo", "../../foo"), ("../foo/../bar", "../bar"),
    ("../../foo/../bar/./baz/boom/..", "../../bar/baz"), ("/..", "/"), ("/..", "/"), ("/../", "/"),
    ("/..//", "/"), ("//.", "//"), ("//..", "//"), ("//...", "//..."), ("//../foo", "//foo"),
    ("//../../foo", "//foo"), ("/../foo", "/foo"), ("/../../foo", "/foo"), ("/../foo/../", "/"),
    ("/../foo/../bar", "/bar"), ("/../../foo/../bar/./baz/boom/..", "/bar/baz"),
    ("/../../foo/../bar/./baz/boom/.", "/bar/baz/boom"), ("foo/../bar/baz", "bar/baz"),
    ("foo/../../bar/baz", "../bar/baz"), ("foo/../../../bar/baz", "../../bar/baz"),
    ("foo///../bar/.././../baz/boom", "../baz/boom"), ("foo/bar/../..///../../baz/boom", "../../baz/boom"),
    ("/foo/..", "/"), ("/foo/../..", "/"), ("//foo/..", "//"), ("//foo/../..", "//"), ("///foo/..", "/"),
    ("///foo/../..", "/"), ("////foo/..", "/"), ("/////foo/..", "/"),
]
bad = []
for path, expected in NORMPATH_CASES:
    if posixpath.normpath(path) != expected:
        bad.append(path)
    if posixpath.normpath(path.encode('utf-8')) != expected.encode('utf-8'):
        bad.append(path.encode('utf-8'))
print("normpath cases:", len(NORMPATH_CASES), "wrong:", bad)
for path in ('', '.', '/', '\\', '///foo/.//bar//'):
    print(repr(posixpath.normpath(path)), type(posixpath.normpath(path)).__name__)
for path in ('\x00', 'foo\x00bar', '\x00\x00', '\x00foo', 'foo\x00'):
    print(repr(posixpath.normpath(path)), posixpath.normpath(path) == path)
print(repr(posixpath.normpath(b'\xff/../x//\xfe/.')), repr(posixpath.normpath('\udcff/a/..')))
show("normpath(3)", posixpath.normpath, 3)
show("normpath(FakePath)", posixpath.normpath, FakePath("a//b/../c"))
show("normpath(FakePath(3))", posixpath.normpath, FakePath(3))

print("-- commonprefix")
commonprefix = posixpath.commonprefix
for m in [[], ["/home/swenson/spam", "/home/swen/spam"], ["/home/swen/spam", "/home/swen/eggs"],
          ["/home/swen/spam", "/home/swen/spam"], ["home:swenson:spam", "home:swen:spam"],
          [":home:swen:spam", ":home:swen:eggs"], [":home:swen:spam", ":home:swen:spam"],
          [b"/home/swenson/spam", b"/home/swen/spam"], [b"/home/swen/spam", b"/home/swen/eggs"],
          [b"/home/swen/spam", b"/home/swen/spam"], [b"home:swenson:spam", b"home:swen:spam"],
          [b":home:swen:spam", b":home:swen:eggs"], [b":home:swen:spam", b":home:swen:spam"],
          [["a", "b", "c"], ["a", "b", "d"]], [("a", "b"), ("a",)], [FakePath("/usr/a"), "/usr/b"]]:
    show(repr(m), commonprefix, m)
testlist = ['', 'abc', 'Xbcd', 'Xb', 'XY', 'abcd', 'aXc', 'abd', 'ab', 'aX', 'abcX']
ok = True
for s1 in testlist:
    for s2 in testlist:
        p = commonprefix([s1, s2])
        ok = ok and s1.startswith(p) and s2.startswith(p)
        if s1 != s2:
            n = len(p)
            ok = ok and s1[n:n + 1] != s2[n:n + 1]
print("pairwise prefixes:", ok)
show("commonprefix(['a', b'a'])", commonprefix, ['a', b'a'])
show("commonprefix([1, 2])", commonprefix, [1, 2])

print("-- expanduser, expandvars")
print(posixpath.expanduser("foo"), posixpath.expanduser(b"foo"))
saved_home = os.environ.get('HOME')
os.environ['HOME'] = '/home/victor'
print(posixpath.expanduser("~"), posixpath.expanduser("~/x/y"), posixpath.expanduser(b"~/x"),
      posixpath.expanduser("a~"))
os.environ['HOME'] = '/home/victor/'
print(posixpath.expanduser("~"))
for home in '/', '', '//', '///':
    os.environ['HOME'] = home
    print(repr(home), posixpath.expanduser("~"), posixpath.expanduser("~/"), posixpath.expanduser("~/foo"))
if saved_home is None:
    del os.environ['HOME']
else:
    os.environ['HOME'] = saved_home
show("expanduser(1)", posixpath.expanduser, 1)

saved = os.environ.copy()
os.environ.clear()
os.environ["foo"] = "bar"
os.environ["{foo"] = "baz1"
os.environ["{foo}"] = "baz2"
for p in ["foo", "$foo bar", "${foo}bar", "$[foo]bar", "$bar bar", "$?bar", "$foo}bar", "${foo", "${{foo}}",
          "$foo$foo", "$bar$bar", "$", "$$foo", "x${}y"]:
    print(repr(p), repr(posixpath.expandvars(p)), repr(posixpath.expandvars(p.encode())))
nonascii = '\xe0\xe9'
os.environ['spam'] = nonascii
os.environ[nonascii] = 'ham' + nonascii
for p in [nonascii, '$spam bar', '${spam}bar', '${%s}bar' % nonascii, '$bar%s bar' % nonascii, '$spam}bar']:
    print(ascii(p), ascii(posixpath.expandvars(p)), posixpath.expandvars(os.fsencode(p)))
os.environ.clear()
os.environ.update(saved)
show("expandvars(None)", posixpath.expandvars, None)

print("-- relpath (os.getcwd replaced)")
real_getcwd, real_getcwdb = os.getcwd, os.getcwdb
os.getcwd = lambda: r"/home/user/bar"
os.getcwdb = lambda: br"/home/user/bar"
try:
    for args in [("",), ("a",), (posixpath.abspath("a"),), ("a/b",), ("../a/b",), ("a", "../b"), ("a/b", "../c"),
                 ("a", "b/c"), ("a", "a"), ("/foo/bar/bat", "/x/y/z"), ("/foo/bar/bat", "/foo/bar"),
                 ("/foo/bar/bat", "/"), ("/", "/foo/bar/bat"), ("/foo/bar/bat", "/x"), ("/x", "/foo/bar/bat"),
                 ("/", "/"), ("/a", "/a"), ("/a/b", "/a/b"), ("a", FakePath("b"))]:
        show(repr(args), posixpath.relpath, *args)
        show(repr(args), posixpath.relpath, *[a.encode() if isinstance(a, str) else a for a in args])
    print(posixpath.abspath("x"), posixpath.abspath(b"../y"), posixpath.abspath("/a/./b"))
    for args in [(b"bytes", "str"), ("str", b"bytes"), (42, 'str'), ('str', 42),
                 (bytearray(b'foo'), bytearray(b'bar'))]:
        show(repr(args), posixpath.relpath, *args)
finally:
    os.getcwd, os.getcwdb = real_getcwd, real_getcwdb

print("-- commonpath")
for paths in [['/usr/local'], ['/usr/local', '/usr/local'], ['/usr/local/', '/usr/local'],
              ['/usr/local/', '/usr/local/'], ['/usr//local', '//usr/local'], ['/usr/./local', '/./usr/local'],
              ['/', '/dev'], ['/usr', '/dev'], ['/usr/lib/', '/usr/lib/python3'], ['/usr/lib/', '/usr/lib64/'],
              ['/usr/lib', '/usr/lib64'], ['/usr/lib/', '/usr/lib64'], ['spam'], ['spam', 'spam'],
              ['spam', 'alot'], ['and/jam', 'and/spam'], ['and//jam', 'and/spam//'], ['and/./jam', './and/spam'],
              ['and/jam', 'and/spam', 'alot'], ['and/jam', 'and/spam', 'and'], [''], ['', 'spam/alot'],
              [], ['/usr', 'usr'], ['usr', '/usr'], ['', '/spam/alot']]:
    show(repr(paths), posixpath.commonpath, paths)
    show(repr(paths) + " bytes", posixpath.commonpath, [os.fsencode(p) for p in paths])
for paths in [[b'/usr/lib/', '/usr/lib/python3'], [b'/usr/lib/', 'usr/lib/python3'], [b'usr/lib/', '/usr/lib/python3'],
              ['/usr/lib/', b'/usr/lib/python3'], ['/usr/lib/', b'usr/lib/python3'], ['usr/lib/', b'/usr/lib/python3'],
              [1, 2], [FakePath('/a/b'), '/a/c']]:
    show(repr(paths), posixpath.commonpath, paths)
show("iterator", posixpath.commonpath, iter(['/a/b', '/a/c']))

print("-- path-like arguments")
for f in [posixpath.normcase, posixpath.isabs, posixpath.split, posixpath.splitext, posixpath.splitdrive,
          posixpath.splitroot, posixpath.basename, posixpath.dirname, posixpath.expanduser, posixpath.expandvars,
          posixpath.normpath, posixpath.isjunction]:
    print(f.__name__, f(FakePath("some/file.txt")) == f("some/file.txt"), f(FakePath(b"x/y.z")) == f(b"x/y.z"))
show("join(FakePath(TypeError))", posixpath.join, FakePath(TypeError), "x")
show("basename(FakePath(3))", posixpath.basename, FakePath(3))
show("split(object())", posixpath.split, object())
