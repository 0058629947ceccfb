# os.statvfs, os.terminal_size made by calling it, sys.getfilesystemencoding/getfilesystemencodeerrors,
# os.supports_follow_symlinks, and open() of an os.PathLike (a class with __fspath__, a DirEntry).
import os
import sys

st = os.statvfs('.')
print(type(st).__name__, len(st), st.f_frsize > 0, st.f_blocks >= st.f_bfree >= 0, st.f_bfree >= st.f_bavail >= 0,
      st.f_namemax > 0, isinstance(st.f_fsid, int), st[0] == st.f_bsize, st[9] == st.f_namemax)
try:
    os.statvfs('missing_%d' % os.getpid())
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)

ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts == (80, 24), type(ts) is os.terminal_size)
print(os.terminal_size([3, 4]))
for bad in [(1, 2, 3), (1,), 5]:
    try:
        os.terminal_size(bad)
    except TypeError as e:
        print('TypeError', e)

print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(os.stat in os.supports_follow_symlinks, os.utime in os.supports_follow_symlinks,
      os.chmod in os.supports_follow_symlinks)

name = 'open_pathlike_%d.txt' % os.getpid()
with open(name, 'w') as f:
    f.write('via fspath')


class P:
    def __fspath__(self):
        return name


with open(P()) as f:
    print(f.read())
entry = [e for e in os.scandir('.') if e.name == name][0]
with open(entry) as f:
    print(f.read(), f.name == os.path.join('.', name))


class Bad:
    def __fspath__(self):
        return 3


for arg in [Bad(), 3.5, None]:
    try:
        open(arg)
    except TypeError as e:
        print('TypeError', e)
os.remove(name)
