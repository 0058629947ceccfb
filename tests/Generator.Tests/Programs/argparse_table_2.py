# Ported from CPython 3.12's Lib/test/test_argparse.py: its ParserTestCase tables (argument signatures, the argument
# lists that must fail and those that must succeed), each parser built with the arguments added directly and in one
# group. A failure prints the exit status and what argparse wrote to stderr; a success prints the Namespace and
# whether it equals the expected one (object addresses left out).
import argparse
import io
import os
import re
import sys

os.environ['COLUMNS'] = '80'


class Sig(object):

    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


class NS(object):

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        sorted_items = sorted(self.__dict__.items())
        kwarg_str = ', '.join(['%s=%r' % tup for tup in sorted_items])
        return '%s(%s)' % (type(self).__name__, kwarg_str)

    def __eq__(self, other):
        return vars(self) == vars(other)


ErrorRaisingArgumentParser = argparse.ArgumentParser


class ParserTestCase:
    pass


class TestCase:
    pass


def make_parser(cls, grouped):
    sig = getattr(cls, 'parser_signature', Sig())
    kwargs = dict(sig.kwargs)
    kwargs.setdefault('prog', 'PROG')
    parser_class = getattr(cls, 'parser_class', ErrorRaisingArgumentParser)
    parser = parser_class(*sig.args, **kwargs)
    target = parser.add_argument_group('foo') if grouped else parser
    for s in cls.argument_signatures:
        target.add_argument(*s.args, **s.kwargs)
    return parser


def run(cls):
    print('==', cls.__name__)
    for grouped in (False, True):
        parser = make_parser(cls, grouped)
        for args_str in cls.failures:
            args = args_str.split()
            old = sys.stderr
            sys.stderr = err = io.StringIO()
            try:
                ns = parser.parse_args(args)
                result = 'UNEXPECTED success %s' % re.sub(r' at 0x[0-9a-f]+', '', repr(ns))
            except SystemExit as e:
                result = 'exit %r %r' % (e.code, err.getvalue())
            finally:
                sys.stderr = old
            print(' fail', args, result)
        for args, expected in cls.successes:
            if isinstance(args, str):
                args = args.split()
            ns = parser.parse_args(args)
            print(' ok', args, re.sub(r' at 0x[0-9a-f]+', '', repr(ns)), expected == ns)


class TestOptionalsDefault(ParserTestCase):
    """Tests specifying a default for an Optional"""

    argument_signatures = [Sig('-x'), Sig('-y', default=42)]
    failures = ['a']
    successes = [
        ('', NS(x=None, y=42)),
        ('-xx', NS(x='x', y=42)),
        ('-yy', NS(x=None, y='y')),
    ]


class TestOptionalsNargsDefault(ParserTestCase):
    """Tests not specifying the number of args for an Optional"""

    argument_signatures = [Sig('-x')]
    failures = ['a', '-x']
    successes = [
        ('', NS(x=None)),
        ('-x a', NS(x='a')),
    ]


class TestOptionalsNargs1(ParserTestCase):
    """Tests specifying 1 arg for an Optional"""

    argument_signatures = [Sig('-x', nargs=1)]
    failures = ['a', '-x']
    successes = [
        ('', NS(x=None)),
        ('-x a', NS(x=['a'])),
    ]


class TestOptionalsNargs3(ParserTestCase):
    """Tests specifying 3 args for an Optional"""

    argument_signatures = [Sig('-x', nargs=3)]
    failures = ['a', '-x', '-x a', '-x a b', 'a -x', 'a -x b']
    successes = [
        ('', NS(x=None)),
        ('-x a b c', NS(x=['a', 'b', 'c'])),
    ]


class TestOptionalsNargsOptional(ParserTestCase):
    """Tests specifying an Optional arg for an Optional"""

    argument_signatures = [
        Sig('-w', nargs='?'),
        Sig('-x', nargs='?', const=42),
        Sig('-y', nargs='?', default='spam'),
        Sig('-z', nargs='?', type=int, const='42', default='84'),
    ]
    failures = ['2']
    successes = [
        ('', NS(w=None, x=None, y='spam', z=84)),
        ('-w', NS(w=None, x=None, y='spam', z=84)),
        ('-w 2', NS(w='2', x=None, y='spam', z=84)),
        ('-x', NS(w=None, x=42, y='spam', z=84)),
        ('-x 2', NS(w=None, x='2', y='spam', z=84)),
        ('-y', NS(w=None, x=None, y=None, z=84)),
        ('-y 2', NS(w=None, x=None, y='2', z=84)),
        ('-z', NS(w=None, x=None, y='spam', z=42)),
        ('-z 2', NS(w=None, x=None, y='spam', z=2)),
    ]


class TestOptionalsNargsZeroOrMore(ParserTestCase):
    """Tests specifying args for an Optional that accepts zero or more"""

    argument_signatures = [
        Sig('-x', nargs='*'),
        Sig('-y', nargs='*', default='spam'),
    ]
    failures = ['a']
    successes = [
        ('', NS(x=None, y='spam')),
        ('-x', NS(x=[], y='spam')),
        ('-x a', NS(x=['a'], y='spam')),
        ('-x a b', NS(x=['a', 'b'], y='spam')),
        ('-y', NS(x=None, y=[])),
        ('-y a', NS(x=None, y=['a'])),
        ('-y a b', NS(x=None, y=['a', 'b'])),
    ]


class TestOptionalsNargsOneOrMore(ParserTestCase):
    """Tests specifying args for an Optional that accepts one or more"""

    argument_signatures = [
        Sig('-x', nargs='+'),
        Sig('-y', nargs='+', default='spam'),
    ]
    failures = ['a', '-x', '-y', 'a -x', 'a -y b']
    successes = [
        ('', NS(x=None, y='spam')),
        ('-x a', NS(x=['a'], y='spam')),
        ('-x a b', NS(x=['a', 'b'], y='spam')),
        ('-y a', NS(x=None, y=['a'])),
        ('-y a b', NS(x=None, y=['a', 'b'])),
    ]


class TestOptionalsChoices(ParserTestCase):
    """Tests specifying the choices for an Optional"""

    argument_signatures = [
        Sig('-f', choices='abc'),
        Sig('-g', type=int, choices=range(5))]
    failures = ['a', '-f d', '-fad', '-ga', '-g 6']
    successes = [
        ('', NS(f=None, g=None)),
        ('-f a', NS(f='a', g=None)),
        ('-f c', NS(f='c', g=None)),
        ('-g 0', NS(f=None, g=0)),
        ('-g 03', NS(f=None, g=3)),
        ('-fb -g4', NS(f='b', g=4)),
    ]


class TestOptionalsRequired(ParserTestCase):
    """Tests an optional action that is required"""

    argument_signatures = [
        Sig('-x', type=int, required=True),
    ]
    failures = ['a', '']
    successes = [
        ('-x 1', NS(x=1)),
        ('-x42', NS(x=42)),
    ]


class TestOptionalsActionStore(ParserTestCase):
    """Tests the store action for an Optional"""

    argument_signatures = [Sig('-x', action='store')]
    failures = ['a', 'a -x']
    successes = [
        ('', NS(x=None)),
        ('-xfoo', NS(x='foo')),
    ]


class TestOptionalsActionStoreConst(ParserTestCase):
    """Tests the store_const action for an Optional"""

    argument_signatures = [Sig('-y', action='store_const', const=object)]
    failures = ['a']
    successes = [
        ('', NS(y=None)),
        ('-y', NS(y=object)),
    ]


class TestOptionalsActionStoreFalse(ParserTestCase):
    """Tests the store_false action for an Optional"""

    argument_signatures = [Sig('-z', action='store_false')]
    failures = ['a', '-za', '-z a']
    successes = [
        ('', NS(z=True)),
        ('-z', NS(z=False)),
    ]


class TestOptionalsActionStoreTrue(ParserTestCase):
    """Tests the store_true action for an Optional"""

    argument_signatures = [Sig('--apple', action='store_true')]
    failures = ['a', '--apple=b', '--apple b']
    successes = [
        ('', NS(apple=False)),
        ('--apple', NS(apple=True)),
    ]


class TestBooleanOptionalAction(ParserTestCase):
    """Tests BooleanOptionalAction"""

    argument_signatures = [Sig('--foo', action=argparse.BooleanOptionalAction)]
    failures = ['--foo bar', '--foo=bar']
    successes = [
        ('', NS(foo=None)),
        ('--foo', NS(foo=True)),
        ('--no-foo', NS(foo=False)),
        ('--foo --no-foo', NS(foo=False)),  # useful for aliases
        ('--no-foo --foo', NS(foo=True)),
    ]

    def test_const(self):
        # See bpo-40862
        parser = argparse.ArgumentParser()
        with self.assertRaises(TypeError) as cm:
            parser.add_argument('--foo', const=True, action=argparse.BooleanOptionalAction)

        self.assertIn("got an unexpected keyword argument 'const'", str(cm.exception))

    def test_deprecated_init_kw(self):
        # See gh-92248
        parser = argparse.ArgumentParser()

        with self.assertWarns(DeprecationWarning):
            parser.add_argument(
                '-a',
                action=argparse.BooleanOptionalAction,
                type=None,
            )
        with self.assertWarns(DeprecationWarning):
            parser.add_argument(
                '-b',
                action=argparse.BooleanOptionalAction,
                type=bool,
            )

        with self.assertWarns(DeprecationWarning):
            parser.add_argument(
                '-c',
                action=argparse.BooleanOptionalAction,
                metavar=None,
            )
        with self.assertWarns(DeprecationWarning):
            parser.add_argument(
                '-d',
                action=argparse.BooleanOptionalAction,
                metavar='d',
            )

        with self.assertWarns(DeprecationWarning):
            parser.add_argument(
                '-e',
                action=argparse.BooleanOptionalAction,
                choices=None,
            )
        with self.assertWarns(DeprecationWarning):
            parser.add_argument(
                '-f',
                action=argparse.BooleanOptionalAction,
                choices=(),
            )


class TestBooleanOptionalActionRequired(ParserTestCase):
    """Tests BooleanOptionalAction required"""

    argument_signatures = [
        Sig('--foo', required=True, action=argparse.BooleanOptionalAction)
    ]
    failures = ['']
    successes = [
        ('--foo', NS(foo=True)),
        ('--no-foo', NS(foo=False)),
    ]


for case in [TestOptionalsDefault, TestOptionalsNargsDefault, TestOptionalsNargs1, TestOptionalsNargs3, TestOptionalsNargsOptional, TestOptionalsNargsZeroOrMore, TestOptionalsNargsOneOrMore, TestOptionalsChoices, TestOptionalsRequired, TestOptionalsActionStore, TestOptionalsActionStoreConst, TestOptionalsActionStoreFalse, TestOptionalsActionStoreTrue, TestBooleanOptionalAction, TestBooleanOptionalActionRequired]:
    run(case)
