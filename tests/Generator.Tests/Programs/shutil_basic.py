# shutil: copying files and trees, removing, moving, which, get_terminal_size, disk_usage and the archive registries.
# Cases from CPython 3.12's Lib/test/test_shutil.py, printing results (and exception types and messages); every
# scratch path is under a directory named with the process id.
import errno
import io
import os
import shutil
import stat

base = os.path.abspath('shutil_basic_%d' % os.getpid())
os.mkdir(base)


def rel(p):
    return os.path.relpath(p, base) if isinstance(p, str) and p.startswith(base) else p


def write(path, content='xxx'):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(content)


def read(path):
    with open(path) as f:
        return f.read()


def tree(path):
    out = []
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(dirs):
            out.append(os.path.relpath(os.path.join(root, name), path) + '/')
        for name in sorted(files):
            out.append(os.path.relpath(os.path.join(root, name), path))
    return sorted(out)


def show(exc):
    print(type(exc).__name__, rel(getattr(exc, 'filename', None)), getattr(exc, 'errno', None),
          str(exc).replace(base + '/', '').replace(base, '<base>'))


print('== copyfileobj')
src = io.StringIO('a' * 100)
dst = io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(len(dst.getvalue()))

print('== copyfile, copy, copy2, copymode, copystat')
a = os.path.join(base, 'a.txt')
write(a, 'hello')
os.chmod(a, 0o640)
os.utime(a, (1000000000, 1000000500))
b = os.path.join(base, 'b.txt')
print(rel(shutil.copyfile(a, b)), read(b), oct(stat.S_IMODE(os.stat(b).st_mode)) != '0o640' or 'same')
print(rel(shutil.copy(a, os.path.join(base, 'c.txt'))), oct(stat.S_IMODE(os.stat(os.path.join(base, 'c.txt')).st_mode)))
d = os.path.join(base, 'sub')
os.mkdir(d)
r = shutil.copy2(a, d)
st = os.stat(r)
print(rel(r), oct(stat.S_IMODE(st.st_mode)), st.st_mtime)
os.chmod(b, 0o600)
shutil.copymode(a, b)
print(oct(stat.S_IMODE(os.stat(b).st_mode)))
shutil.copystat(a, b)
print(os.stat(b).st_mtime)
for f, args in [(shutil.copyfile, (a, a)), (shutil.copy, (a, a)), (shutil.copyfile, (a, d)),
                (shutil.copyfile, (os.path.join(base, 'missing'), b)),
                (shutil.copyfile, (a, os.path.join(base, 'nodir', 'x'))), (shutil.copymode, (os.path.join(base, 'missing'), b))]:
    try:
        f(*args)
        print('no error')
    except (shutil.SameFileError, OSError) as e:
        show(e)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
      issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError),
      issubclass(shutil.ReadError, OSError), issubclass(shutil.RegistryError, Exception))

print('== symlinks')
link = os.path.join(base, 'link.txt')
os.symlink(a, link)
shutil.copyfile(link, os.path.join(base, 'followed.txt'))
print(os.path.islink(os.path.join(base, 'followed.txt')), read(os.path.join(base, 'followed.txt')))
shutil.copyfile(link, os.path.join(base, 'notfollowed.txt'), follow_symlinks=False)
print(os.path.islink(os.path.join(base, 'notfollowed.txt')), rel(os.readlink(os.path.join(base, 'notfollowed.txt'))))
shutil.copy2(link, os.path.join(base, 'link2.txt'), follow_symlinks=False)
print(os.path.islink(os.path.join(base, 'link2.txt')))

print('== copytree')
srcdir = os.path.join(base, 'src')
write(os.path.join(srcdir, 'test.txt'), '123')
write(os.path.join(srcdir, 'test.tmp'), '456')
write(os.path.join(srcdir, 'test_dir', 'test.txt'), '456')
write(os.path.join(srcdir, 'test_dir2', 'subdir', 'test.txt'), '456')
write(os.path.join(srcdir, 'test_dir2', 'subdir2', 'test.py'), '456')
os.symlink('test.txt', os.path.join(srcdir, 'link'))
os.symlink('nowhere', os.path.join(srcdir, 'dangling'))
dst = os.path.join(base, 'dst')
try:
    shutil.copytree(srcdir, dst)
except shutil.Error as e:
    print('Error', [(rel(s), rel(t), m.replace(base + '/', '')) for s, t, m in e.args[0]])
print(tree(dst))
shutil.rmtree(dst)
print(rel(shutil.copytree(srcdir, dst, symlinks=True)), tree(dst), os.path.islink(os.path.join(dst, 'link')))
shutil.rmtree(dst)
shutil.copytree(srcdir, dst, ignore=shutil.ignore_patterns('*.tmp', 'test_dir2', 'dangling'))
print(tree(dst))
shutil.rmtree(dst)
shutil.copytree(srcdir, dst, ignore=shutil.ignore_patterns('*.py', 'dangling'))
print(tree(dst))
shutil.rmtree(dst)
seen = []


def ignore(path, names):
    seen.append((rel(path), sorted(names)))
    return [n for n in names if n.startswith('test_dir') or n == 'dangling']


shutil.copytree(srcdir, dst, ignore=ignore)
print(seen, tree(dst))
try:
    shutil.copytree(srcdir, dst)
except FileExistsError as e:
    show(e)
write(os.path.join(dst, 'test.txt'), 'old')
shutil.copytree(srcdir, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns('dangling'))
print(read(os.path.join(dst, 'test.txt')), tree(dst))
shutil.rmtree(dst)
copied = []


def copy_function(s, d):
    copied.append((rel(s), rel(d)))
    shutil.copy(s, d)


shutil.copytree(srcdir, dst, copy_function=copy_function, ignore_dangling_symlinks=True)
print(sorted(copied))
shutil.rmtree(dst)
print(sorted(shutil.ignore_patterns('*.py', 'a?')('x', ['a.py', 'ab', 'abc', 'b'])))

print('== rmtree')
try:
    shutil.rmtree(os.path.join(base, 'nonexistent'))
except FileNotFoundError as e:
    show(e)
shutil.rmtree(os.path.join(base, 'nonexistent'), ignore_errors=True)
try:
    shutil.rmtree(a)
except NotADirectoryError as e:
    show(e)
os.symlink(srcdir, os.path.join(base, 'dirlink'))
try:
    shutil.rmtree(os.path.join(base, 'dirlink'))
except OSError as e:
    show(e)
errors = []
shutil.rmtree(os.path.join(base, 'dirlink'), onexc=lambda f, p, e: errors.append((f.__name__, rel(p), type(e).__name__, str(e))))
print(errors)
errors = []
shutil.rmtree(os.path.join(base, 'dirlink'), onerror=lambda f, p, ei: errors.append((f.__name__, rel(p), ei[0].__name__)))
print(errors)
print(os.path.exists(srcdir))

print('== move')
m1 = os.path.join(base, 'm1.txt')
write(m1, 'moved')
print(rel(shutil.move(m1, os.path.join(base, 'm2.txt'))), os.path.exists(m1))
print(rel(shutil.move(os.path.join(base, 'm2.txt'), d)), read(os.path.join(d, 'm2.txt')))
write(os.path.join(base, 'm2.txt'), 'again')
try:
    shutil.move(os.path.join(base, 'm2.txt'), d)
except shutil.Error as e:
    print('Error', str(e).replace(base + '/', ''))
print(rel(shutil.move(srcdir, os.path.join(base, 'moved_src'))), tree(os.path.join(base, 'moved_src'))[:3])
try:
    shutil.move(os.path.join(base, 'moved_src'), os.path.join(base, 'moved_src', 'inner'))
except shutil.Error as e:
    print('Error', str(e).replace(base + '/', ''))
print(rel(shutil.move(os.path.join(base, 'moved_src'), d, copy_function=shutil.copy)), tree(d)[:4])
try:
    shutil.move(os.path.join(base, 'nothing'), d)
except FileNotFoundError as e:
    show(e)

print('== which')
bindir = os.path.join(base, 'bin')
os.mkdir(bindir)
tool = os.path.join(bindir, 'mytool')
write(tool, '#!/bin/sh\n')
os.chmod(tool, 0o755)
plain = os.path.join(bindir, 'plainfile')
write(plain)
print(rel(shutil.which('mytool', path=bindir)), shutil.which('plainfile', path=bindir),
      rel(shutil.which('plainfile', mode=os.F_OK, path=bindir)), shutil.which('mytool', path=''),
      rel(shutil.which(tool)), shutil.which('nonexistent-tool', path=bindir))
print(rel(shutil.which('mytool', path=os.pathsep.join([os.path.join(base, 'none'), bindir]))))
print(shutil.which(b'mytool', path=bindir) == os.fsencode(tool))
old_path = os.environ.get('PATH')
os.environ['PATH'] = bindir
print(rel(shutil.which('mytool')))
os.environ['PATH'] = ''
print(shutil.which('mytool'))
os.environ['PATH'] = old_path

print('== get_terminal_size')
os.environ['COLUMNS'] = '123'
os.environ['LINES'] = '45'
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, type(size).__name__)
os.environ['COLUMNS'] = 'x'
os.environ['LINES'] = '0'
del os.environ['COLUMNS']
print(shutil.get_terminal_size((11, 22)).columns in (11,) or 'tty')

print('== disk_usage')
usage = shutil.disk_usage(base)
print(type(usage).__name__, usage._fields, usage.total > 0, usage.used >= 0, usage.free >= 0,
      usage.total >= usage.used, usage.total >= usage.free)
print(shutil._ntuple_diskusage.total.__doc__)
try:
    shutil.disk_usage(os.path.join(base, 'missing'))
except FileNotFoundError as e:
    show(e)

print('== archives')
print([f for f in shutil.get_archive_formats() if f[0] == 'tar'], [f for f in shutil.get_unpack_formats() if f[0] in ('tar', 'zip')])
try:
    shutil.make_archive(os.path.join(base, 'arch'), 'nope')
except ValueError as e:
    print('ValueError', e)
calls = []


def make_listing(base_name, base_dir, **kwargs):
    calls.append((rel(base_name), base_dir, sorted(kwargs)))
    return base_name + '.lst'


shutil.register_archive_format('lst', make_listing, [('extra', 1)], 'a listing')
print([f for f in shutil.get_archive_formats() if f[0] == 'lst'])
print(rel(shutil.make_archive(os.path.join(base, 'arch'), 'lst', root_dir=d)), calls)
shutil.unregister_archive_format('lst')
for args in [('x', 1), ('x', make_listing, 1), ('x', make_listing, [(1,)])]:
    try:
        shutil.register_archive_format(*args)
    except TypeError as e:
        print('TypeError', e)
shutil.register_unpack_format('lst', ['.lst'], lambda f, d: print('unpack', rel(f), rel(d)))
shutil.unpack_archive(os.path.join(base, 'x.lst'), os.path.join(base, 'out'))
try:
    shutil.register_unpack_format('lst2', ['.lst'], print)
except shutil.RegistryError as e:
    print('RegistryError', e)
try:
    shutil.unpack_archive(os.path.join(base, 'x.unknown'))
except shutil.ReadError as e:
    print('ReadError', str(e).replace(base + '/', ''))
try:
    shutil.unpack_archive(os.path.join(base, 'x'), format='nope')
except ValueError as e:
    print('ValueError', e)
shutil.unregister_unpack_format('lst')

print('== chown')
try:
    shutil.chown(a)
except ValueError as e:
    print('ValueError', e)

shutil.rmtree(base)
print(os.path.exists(base))
