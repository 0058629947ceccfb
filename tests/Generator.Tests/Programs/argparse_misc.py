# argparse beyond the tables: exit status and messages, parse_known_args, parse_intermixed_args, subparsers,
# mutually exclusive groups, BooleanOptionalAction, fromfile_prefix_chars, %(prog)s, FileType, the formatters and
# Namespace. Cases ported from CPython 3.12's Lib/test/test_argparse.py.
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def attempt(parser, args, method='parse_args'):
    old_err, old_out = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    try:
        result = getattr(parser, method)(args)
    except SystemExit as e:
        sys.stderr, sys.stdout = old_err, old_out
        print('exit', repr(e.code))
        if out.getvalue():
            print('stdout:', out.getvalue(), end='')
        if err.getvalue():
            print('stderr:', err.getvalue().replace(str(os.getpid()), 'PID'), end='')
        return None
    except Exception as e:
        sys.stderr, sys.stdout = old_err, old_out
        print('raised', type(e).__name__, e)
        return None
    sys.stderr, sys.stdout = old_err, old_out
    if isinstance(result, argparse.Namespace) and hasattr(result, 'inp') and result.inp is not None:
        print('result inp', result.inp.name.replace(str(os.getpid()), 'PID'))
    else:
        print('result', result)
    return result


print('== basics')
p = argparse.ArgumentParser(prog='PROG', description='A %(prog)s program.', epilog='Bye from %(prog)s.')
p.add_argument('--foo', type=int, default=3, help='foo it (default %(default)s, type %(type)s)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('bar', nargs='+', help='the bars of %(prog)s')
p.add_argument('--choice', choices=['a', 'b', 'c'], metavar='CH')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--app', action='append')
p.add_argument('--appc', action='append_const', const='X', dest='consts')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--version', action='version', version='%(prog)s 2.0')
attempt(p, ['1', '2', '--foo', '5', '-vvv', '--app', 'x', '--app', 'y', '--appc', '--ext', 'a', 'b', '--ext', 'c'])
attempt(p, ['--foo', 'z', 'b'])
attempt(p, [])
attempt(p, ['x', '--choice', 'd'])
attempt(p, ['x', '--nope'])
attempt(p, ['--version'])
attempt(p, ['-h'])
attempt(p, ['x', '--fo', '7'])
print(p.format_usage(), end='')

print('== parse_known_args')
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo', action='store_true')
p.add_argument('bar')
attempt(p, ['--foo', '--badger', 'BAR', 'spam'], 'parse_known_args')
attempt(p, ['--foo', 'BAR', 'spam'])

print('== parse_intermixed_args')
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
attempt(p, '--foo x a 1 2 --foo y 3'.split(), 'parse_intermixed_args')
attempt(p, 'doit 1 --foo bar 2 3'.split(), 'parse_args')
attempt(p, 'doit 1 --foo bar 2 3'.split(), 'parse_intermixed_args')
attempt(p, 'doit 1 --foo bar 2 3 --x'.split(), 'parse_known_intermixed_args')
p2 = argparse.ArgumentParser(prog='PROG')
p2.add_argument('rest', nargs='...')
attempt(p2, ['a'], 'parse_intermixed_args')

print('== subparsers')
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo', action='store_true', help='foo help')
sub = p.add_subparsers(dest='command', help='sub-command help', title='commands', description='the commands')
a = sub.add_parser('a', help='a help', aliases=['aa'])
a.add_argument('bar', type=int, help='bar help')
b = sub.add_parser('b', help='b help')
b.add_argument('--baz', choices='XYZ', help='baz help')
attempt(p, ['a', '12'])
attempt(p, ['--foo', 'b', '--baz', 'Z'])
attempt(p, ['aa', '3'])
attempt(p, ['c'])
attempt(p, ['a', 'x'])
attempt(p, ['b', '--baz', 'Q'])
attempt(p, ['-h'])
attempt(p, ['a', '-h'])
p = argparse.ArgumentParser(prog='PROG')
sub = p.add_subparsers(required=True, dest='cmd')
sub.add_parser('run')
attempt(p, [])
p = argparse.ArgumentParser(prog='PROG')
sub = p.add_subparsers()
s1 = sub.add_parser('one')
s1.set_defaults(func='f1')
attempt(p, ['one'])

print('== mutually exclusive')
p = argparse.ArgumentParser(prog='PROG')
g = p.add_mutually_exclusive_group()
g.add_argument('--foo', action='store_true')
g.add_argument('--bar', action='store_false')
attempt(p, ['--foo'])
attempt(p, ['--bar'])
attempt(p, ['--foo', '--bar'])
p = argparse.ArgumentParser(prog='PROG')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--foo', action='store_true')
g.add_argument('--bar', action='store_false')
g.add_argument('baz', nargs='?')
attempt(p, [])
attempt(p, ['x', '--foo'])
print(p.format_help(), end='')
try:
    p.add_mutually_exclusive_group().add_argument('qq')
except ValueError as e:
    print('ValueError', e)

print('== BooleanOptionalAction')
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo', action=argparse.BooleanOptionalAction, help='enable foo')
p.add_argument('--bar', action=argparse.BooleanOptionalAction, default=True)
attempt(p, [])
attempt(p, ['--foo', '--no-bar'])
attempt(p, ['--no-foo'])
attempt(p, ['--foo=1'])
print(p.format_help(), end='')
try:
    p.add_argument('bad', action=argparse.BooleanOptionalAction)
except ValueError as e:
    print('ValueError', e)

print('== fromfile_prefix_chars')
name = 'argparse_misc_%d.txt' % os.getpid()
with open(name, 'w') as f:
    f.write('--foo\nfromfile\nbar_value\n')
p = argparse.ArgumentParser(prog='PROG', fromfile_prefix_chars='@')
p.add_argument('--foo')
p.add_argument('bar')
attempt(p, ['@' + name])
attempt(p, ['-f', 'x'])


class SplitParser(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


with open(name, 'w') as f:
    f.write('--foo a b\n')
p = SplitParser(prog='PROG', fromfile_prefix_chars='@')
p.add_argument('--foo')
p.add_argument('rest', nargs='*')
attempt(p, ['@' + name, 'c'])
os.remove(name)
attempt(p, ['@' + name])

print('== FileType')
name = 'argparse_ft_%d.txt' % os.getpid()
with open(name, 'w') as f:
    f.write('content')
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--inp', type=argparse.FileType('r'))
p.add_argument('--out', type=argparse.FileType('w'))
ns = attempt(p, ['--inp', name])
print(ns.inp.read())
ns.inp.close()
attempt(p, ['--inp', name + '.missing'])
ns = p.parse_args(['--out', '-'])
print(ns.out is sys.stdout)
print(repr(argparse.FileType('r')), repr(argparse.FileType('wb', 1, encoding='utf-8', errors='strict')))
try:
    argparse.FileType('z')('-')
except ValueError as e:
    print('ValueError', e)
os.remove(name)

print('== formatters')
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    p = argparse.ArgumentParser(prog='PROG', formatter_class=cls,
                                description='''Keep   this
    description    as it is
        indented.''')
    p.add_argument('--foo', type=int, default=7, help='''line one
        line   two''')
    p.add_argument('spam', type=str, help='spam help')
    p.add_argument('--quux', type=float, help=argparse.SUPPRESS)
    print('--', cls.__name__)
    print(p.format_help(), end='')

print('== Namespace')
ns = argparse.Namespace(a=1, b='x')
print(ns, vars(ns), 'a' in ns, 'c' in ns, ns == argparse.Namespace(b='x', a=1), ns != argparse.Namespace())
print(argparse.Namespace(**{'not an id': 1, 'ok': 2}))

print('== errors')
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo')
for args, kwargs in [(('--foo',), {}), (('-x', 'y'), {}), (('x',), {'required': True}), (('--b',), {'nargs': 0}),
                     (('--c',), {'action': 'store_const'}), (('--d',), {'type': 'int'}), (('--e',), {'action': 'nope'}),
                     (('--f',), {'nargs': 'z'}), (('g', 'h'), {}), (('--i',), {'metavar': ('A', 'B')})]:
    try:
        p.add_argument(*args, **kwargs)
        print('added', args)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
p = argparse.ArgumentParser(prog='PROG', exit_on_error=False)
p.add_argument('--n', type=int)
try:
    p.parse_args(['--n', 'q'])
except argparse.ArgumentError as e:
    print('ArgumentError', e, e.argument_name)
old = sys.stderr
sys.stderr = err = io.StringIO()
try:
    p.error('custom problem')
except SystemExit as e:
    print('exit', e.code)
sys.stderr = old
print(repr(err.getvalue()))
sys.stderr = err = io.StringIO()
try:
    p.exit(3, 'bye\n')
except SystemExit as e:
    print('exit', e.code)
sys.stderr = old
print(repr(err.getvalue()))
p = argparse.ArgumentParser(prog='PROG', conflict_handler='resolve')
p.add_argument('-x', '--xx', help='old')
p.add_argument('--xx', help='new')
print(p.format_help(), end='')
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('-x')
try:
    p.add_argument('-x')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
p = argparse.ArgumentParser(prog='PROG', allow_abbrev=False)
p.add_argument('--foobar')
attempt(p, ['--foo', '1'])
p = argparse.ArgumentParser(prog='PROG', prefix_chars='+')
p.add_argument('+f')
p.add_argument('++bar')
attempt(p, ['+f', 'X', '++bar', 'Y'])
attempt(p, ['-h'])
print(p.get_default('f'), repr(p.add_argument('+z', default=5)))
p.set_defaults(f='dflt', other=9)
attempt(p, [])
