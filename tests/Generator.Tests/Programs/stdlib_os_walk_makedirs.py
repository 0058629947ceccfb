# os.walk, os.makedirs, os.removedirs, os.renames, os.scandir and os.stat through os, ported from CPython's
# Lib/test/test_os.py (WalkTests: test_walk_topdown, test_walk_prune, test_file_like_path, test_walk_bottom_up,
# test_walk_symlink, test_walk_bad_dir, test_walk_many_open_files; BytesWalkTests; MakedirTests: test_makedir,
# test_mode, test_exist_ok_existing_directory, test_exist_ok_existing_regular_file; RemoveDirsTests; the renames
# and error cases of MiscTests/OSErrorTests for missing files). The directory without read permission of
# WalkTests' tree is left out (a process running as root reads it anyway). The tree lives under /tmp; paths are
# printed relative to it and directory listings sorted (readdir's order is the file system's).
import os
import sys


import stat

TOP = "/tmp/pyaot_stdlib_os_walk_%d" % os.getpid()  # (unique: the suite may run a program twice at once)


def rmtree(p):
    if os.path.islink(p) or not os.path.isdir(p):
        if os.path.lexists(p):
            os.unlink(p)
        return
    for name in os.listdir(p):
        rmtree(os.path.join(p, name))
    os.rmdir(p)


class FakePath:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


def rel(p):
    if not isinstance(p, (str, bytes)):
        return type(p).__name__
    if isinstance(p, bytes):
        return b"TOP" + p[len(TOP):] if p.startswith(TOP.encode()) else p
    return "TOP" + p[len(TOP):] if p.startswith(TOP) else p


def err(e):
    return f"{type(e).__name__}: [Errno {e.errno}] {e.strerror}: {rel(e.filename)!r}" + (
        f" -> {rel(e.filename2)!r}" if e.filename2 is not None else "")


def show_walk(results):
    for root, dirs, files in results:
        print("  ", rel(root), sorted(dirs), sorted(files))


rmtree(TOP)
os.mkdir(TOP)
start_cwd = os.getcwd()
os.chdir(TOP)

print("-- makedirs")
base = "@test_os"
os.mkdir(base)
path = os.path.join(base, 'dir1', 'dir2', 'dir3')
os.makedirs(path)
print(os.path.isdir(path))
path = os.path.join(base, 'dir1', 'dir2', 'dir3', 'dir4')
os.makedirs(path)
try:
    os.makedirs(os.curdir)
except OSError as e:
    print(err(e))
path = os.path.join(base, 'dir1', 'dir2', 'dir3', 'dir4', 'dir5', os.curdir)
os.makedirs(path)
path = os.path.join(base, 'dir1', os.curdir, 'dir2', 'dir3', 'dir4', 'dir5', 'dir6')
os.makedirs(path)
print(os.path.isdir(path), os.path.isdir(os.path.join(base, 'dir1', 'dir2', 'dir3', 'dir4', 'dir5', 'dir6')))
os.removedirs(path)
print(os.path.exists(base), os.path.exists(os.path.join(base, 'dir1', 'dir2')), os.path.exists(os.path.join(base, 'dir1')))
try:
    os.rmdir(os.path.join(base, 'dir1', os.curdir))
except OSError as e:
    print(err(e))
rmtree(base)
os.mkdir(base)
old_mask = os.umask(0o002)
parent = os.path.join(base, 'dir1')
path = os.path.join(parent, 'dir2')
os.makedirs(path, 0o555)
print(os.path.exists(path), os.path.isdir(path), oct(os.stat(path).st_mode & 0o777),
      oct(os.stat(parent).st_mode & 0o777))
os.umask(old_mask)
os.rmdir(path)
os.rmdir(parent)

path = os.path.join(base, 'dir1')
old_mask = os.umask(0o022)
os.makedirs(path, 0o777)
for kwargs in ({}, {'exist_ok': False}):
    try:
        os.makedirs(path, 0o777, **kwargs)
    except OSError as e:
        print(err(e))
os.makedirs(path, 0o776, exist_ok=True)
os.makedirs(path, mode=0o777, exist_ok=True)
os.makedirs(os.path.abspath('/'), exist_ok=True)
os.umask(old_mask)
os.rmdir(path)
with open(path, 'w', encoding='utf-8') as f:
    f.write('abc')
for kwargs in ({}, {'exist_ok': False}, {'exist_ok': True}):
    try:
        os.makedirs(path, **kwargs)
    except OSError as e:
        print(err(e))
os.remove(path)
os.makedirs(os.fsencode(os.path.join(base, 'b1', 'b2')))
os.makedirs(FakePath(os.path.join(base, 'p1', 'p2')))
print(sorted(os.listdir(base)), sorted(os.listdir(os.fsencode(base))))
try:
    os.makedirs(os.path.join(base, 'b1', 'b2', 'x\0'))
except ValueError as e:
    print("ValueError", e)

print("-- removedirs")
os.rmdir(os.path.join(base, 'b1', 'b2'))
os.removedirs(os.path.join(base, 'b1'))
print(os.path.exists(os.path.join(base, 'b1')), os.path.exists(base))
os.rmdir(os.path.join(base, 'p1', 'p2'))
os.rmdir(os.path.join(base, 'p1'))
dira = os.path.join(base, 'dira')
dirb = os.path.join(dira, 'dirb')
os.makedirs(dirb)
os.removedirs(dirb)
print(os.path.exists(dirb), os.path.exists(dira), os.path.exists(base))
os.makedirs(dirb)
with open(os.path.join(dira, 'file.txt'), 'x') as f:
    f.write('x')
os.removedirs(dirb)
print(os.path.exists(dirb), os.path.exists(dira), os.path.exists(base))
os.makedirs(dirb)
with open(os.path.join(dirb, 'file.txt'), 'x') as f:
    f.write('x')
try:
    os.removedirs(dirb)
except OSError as e:
    print(err(e))
print(os.path.exists(dirb), os.path.exists(dira), os.path.exists(base))
try:
    os.removedirs(os.path.join(base, "missing"))
except OSError as e:
    print(err(e))

print("-- renames")
os.renames(os.path.join(dirb, 'file.txt'), os.path.join(base, 'new1', 'new2', 'moved.txt'))
print(os.path.exists(dirb), os.path.exists(dira), os.path.isfile(os.path.join(base, 'new1', 'new2', 'moved.txt')))
os.renames(os.path.join(base, 'new1', 'new2', 'moved.txt'), 'moved_here.txt')
print(os.path.exists(base), sorted(os.listdir('.')))
try:
    os.renames('missing.txt', 'x/y.txt')
except OSError as e:
    print(err(e))
print(sorted(os.listdir('.')))
os.rmdir('x')
os.remove('moved_here.txt')

print("-- walk")
join = os.path.join
rmtree(base)
os.mkdir(base)
walk_path = join(base, "TEST1")
sub1_path = join(walk_path, "SUB1")
sub11_path = join(sub1_path, "SUB11")
sub2_path = join(walk_path, "SUB2")
tmp1_path = join(walk_path, "tmp1")
tmp2_path = join(sub1_path, "tmp2")
tmp3_path = join(sub2_path, "tmp3")
link_path = join(sub2_path, "link")
t2_path = join(base, "TEST2")
tmp4_path = join(base, "TEST2", "tmp4")
os.makedirs(sub11_path)
os.makedirs(sub2_path)
os.makedirs(t2_path)
for path in tmp1_path, tmp2_path, tmp3_path, tmp4_path:
    with open(path, "x", encoding='utf-8') as f:
        f.write("I'm " + path + " and proud of it.  Blame test_os.\n")
os.symlink(os.path.abspath(t2_path), link_path)
os.symlink('broken', join(sub2_path, "broken_link"), True)
os.symlink(join('tmp3', 'broken'), join(sub2_path, "broken_link2"), True)
os.symlink(join('SUB21', 'tmp5'), join(sub2_path, "broken_link3"), True)

all = list(os.walk(walk_path))
print(len(all), [rel(r) for r, d, f in all][0])
show_walk(sorted(all))
flipped = all[0][1][0] != "SUB1"
print("SUB1 before its subdirectory:", [r for r, d, f in all].index(sub1_path) + 1 == [r for r, d, f in all].index(sub11_path))

print("prune:")
for walk_top in (walk_path, FakePath(walk_path)):
    all = []
    for root, dirs, files in os.walk(walk_top):
        all.append((root, dirs, files))
        if 'SUB1' in dirs:
            dirs.remove('SUB1')
    print(len(all))
    show_walk(all)

print("sorted in place, topdown:")
for root, dirs, files in os.walk(walk_path):
    dirs.sort()
    print("  ", rel(root), dirs, sorted(files))

print("bottom up:")
all = list(os.walk(walk_path, topdown=False))
roots = [r for r, d, f in all]
print(len(all), rel(roots[-1]), roots.index(sub11_path) < roots.index(sub1_path) < roots.index(walk_path),
      roots.index(sub2_path) < roots.index(walk_path))
show_walk(sorted(all))

print("followlinks:")
for followlinks in (False, True):
    all = list(os.walk(walk_path, followlinks=followlinks))
    print(followlinks, len(all), [(rel(r), d, f) for r, d, f in all if r == link_path])
    all = list(os.walk(walk_path, topdown=False, followlinks=followlinks))
    print(followlinks, len(all), [(rel(r), d, f) for r, d, f in all if r == link_path])

print("bytes:")
all = list(os.walk(os.fsencode(walk_path)))
print(len(all), all[0][0], type(all[0][1][0]).__name__)
show_walk(sorted(all))

print("bad dir:")
errors = []
walk_it = os.walk(walk_path, onerror=errors.append)
root, dirs, files = next(walk_it)
print(errors)
path1 = os.path.join(root, 'SUB1')
path1new = os.path.join(root, 'SUB1.new')
os.rename(path1, path1new)
roots = [r for r, d, f in walk_it]
print([err(e) for e in errors], path1 in roots, path1new in roots, sub2_path in roots)
os.rename(path1new, path1)
errors = []
print(list(os.walk("missing_dir", onerror=errors.append)), [err(e) for e in errors])
print(list(os.walk("missing_dir")), list(os.walk(tmp1_path, onerror=errors.append)), [err(e) for e in errors[1:]])


def raiser(e):
    raise e


try:
    list(os.walk("missing_dir", onerror=raiser))
except OSError as e:
    print(err(e))

print("many open walks:")
depth = 8
deep = os.path.join(base, 'deep')
p = os.path.join(deep, *(['d'] * depth))
os.makedirs(p)
ok = True
iters = [os.walk(deep, topdown=False) for j in range(20)]
for i in range(depth + 1):
    expected = (p, ['d'] if i else [], [])
    for it in iters:
        ok = ok and next(it) == expected
    p = os.path.dirname(p)
iters = [os.walk(deep, topdown=True) for j in range(20)]
p = deep
for i in range(depth + 1):
    expected = (p, ['d'] if i < depth else [], [])
    for it in iters:
        ok = ok and next(it) == expected
    p = os.path.join(p, 'd')
print(ok)

print("-- scandir, stat through os")
with os.scandir(sub2_path) as it:
    entries = sorted(it, key=lambda e: e.name)

def safe(f):
    try:
        return f()
    except OSError as e:
        return err(e)


for e in entries:
    print("  ", type(e).__name__, e.name, rel(e.path), safe(e.is_dir), safe(e.is_file), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.inode() == os.lstat(e.path).st_ino, isinstance(e, os.DirEntry),
          os.fspath(e) == e.path)
st = os.stat(tmp1_path)
print(type(st).__name__, st.st_size == len("I'm " + tmp1_path + " and proud of it.  Blame test_os.\n"),
      stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(walk_path).st_mode), stat.S_ISLNK(os.lstat(link_path).st_mode),
      stat.S_ISDIR(os.stat(link_path).st_mode), isinstance(st, os.stat_result), st.st_nlink, len(st))
print(sorted(os.listdir(walk_path)), sorted(os.listdir(os.fsencode(sub2_path))))
print(os.path.getsize(tmp3_path) == os.stat(tmp3_path).st_size, os.path.samefile(link_path, t2_path))

print("-- errors for missing files")
for f, args in [(os.stat, ("missing",)), (os.lstat, (b"missing",)), (os.listdir, ("missing",)),
                (os.scandir, ("missing",)), (os.rmdir, ("missing",)), (os.unlink, ("missing",)),
                (os.remove, ("missing",)), (os.rename, ("missing", "other")), (os.replace, ("missing", "other")),
                (os.chdir, ("missing",)), (os.readlink, ("missing",)), (os.readlink, (tmp1_path,)),
                (os.mkdir, (walk_path,)), (os.rmdir, (walk_path,)), (os.rmdir, (tmp1_path,)),
                (os.listdir, (tmp1_path,)), (os.unlink, (walk_path,)), (os.chmod, ("missing", 0o644)),
                (os.utime, ("missing",)), (os.truncate, ("missing", 0)), (os.link, ("missing", "other")),
                (os.symlink, ("x", link_path)), (os.stat, (FakePath("missing"),)),
                (os.path.getsize, ("missing",)), (os.path.getmtime, ("missing",)),
                (os.path.samefile, ("missing", tmp1_path))]:
    try:
        f(*args)
        print(f.__name__, "no error")
    except OSError as e:
        print(f.__name__, err(e), isinstance(e, os.error), e.args == (e.errno, e.strerror))
for f, arg in [(os.stat, 1.5), (os.listdir, None), (os.mkdir, 3), (os.rmdir, [])]:
    try:
        f(arg)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
print(os.listdir() == os.listdir('.'), os.error is OSError)

os.chdir(start_cwd)
rmtree(TOP)
print(os.path.exists(TOP))
