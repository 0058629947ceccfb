# CPython 3.12's Lib/test/test_re.py, ported: test_named_unicode_escapes (\N{...} in patterns, which needs the
# Unicode character names: unicodedata), kept apart so that it stays visible.
# The test method is a function that prints what the test checks (values with repr, exceptions as type and
# message; re.error with msg, pos, lineno, colno) instead of asserting; the expected output is CPython's.
import re

_cur = ['', 0]


def T(name):
    _cur[0] = name
    _cur[1] = 0
    print('== ' + name)


def p(value):
    _cur[1] += 1
    print('%s.%d: %r' % (_cur[0], _cur[1], value))


def tnames(v):
    if isinstance(v, (tuple, list)):
        return [tnames(x) for x in v]
    return type(v).__name__


def pt(value):
    # assertTypedEqual: the value and the type names of its items
    _cur[1] += 1
    print('%s.%d: %r %r' % (_cur[0], _cur[1], value, tnames(value)))


def M(m):
    # assertTrue / assertIsNone on a match: None or the match's span and text
    if m is None:
        return None
    return ('match', m.span(), m.group())


def exc_info(e):
    if isinstance(e, re.error):
        return ('re.error', str(e), e.msg, e.pos, e.lineno, e.colno)
    return (type(e).__name__, str(e))


def E(f, *args, **kwargs):
    # assertRaises: the exception's type and message (re.error: msg, pos, lineno, colno)
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        p(exc_info(e))
    else:
        if isinstance(r, re.Match):
            r = M(r)
        p(('no exception', r))


def checkPatternError(pattern, errmsg=None, pos=None):
    E(re.compile, pattern)


def checkTemplateError(pattern, repl, string, errmsg=None, pos=None):
    E(re.sub, pattern, repl, string)


class S(str):
    def __getitem__(self, index):
        return S(super().__getitem__(index))


class B(bytes):
    def __getitem__(self, index):
        return B(super().__getitem__(index))


def run(test):
    # an exception the test does not expect is printed and the next test runs
    try:
        test()
    except Exception as e:
        print('!! %s raised %r' % (test.__name__, exc_info(e)))


def test_named_unicode_escapes():
    T('test_named_unicode_escapes')
    p(M(re.match(r'\N{LESS-THAN SIGN}', '<')))
    p(M(re.match(r'\N{less-than sign}', '<')))
    p(M(re.match(r'\N{LESS-THAN SIGN}', '>')))
    p(M(re.match(r'\N{SNAKE}', '\U0001f40d')))
    p(M(re.match(r'\N{ARABIC LIGATURE UIGHUR KIRGHIZ YEH WITH '
                 r'HAMZA ABOVE WITH ALEF MAKSURA ISOLATED FORM}',
                 '\ufbf9')))
    p(M(re.match(r'[\N{LESS-THAN SIGN}-\N{GREATER-THAN SIGN}]',
                 '=')))
    p(M(re.match(r'[\N{LESS-THAN SIGN}-\N{GREATER-THAN SIGN}]',
                 ';')))

    checkPatternError(r'\N', 'missing {', 2)
    checkPatternError(r'[\N]', 'missing {', 3)
    checkPatternError(r'\N{', 'missing character name', 3)
    checkPatternError(r'[\N{', 'missing character name', 4)
    checkPatternError(r'\N{}', 'missing character name', 3)
    checkPatternError(r'[\N{}]', 'missing character name', 4)
    checkPatternError(r'\NSNAKE}', 'missing {', 2)
    checkPatternError(r'[\NSNAKE}]', 'missing {', 3)
    checkPatternError(r'\N{SNAKE',
                      'missing }, unterminated name', 3)
    checkPatternError(r'[\N{SNAKE]',
                      'missing }, unterminated name', 4)
    checkPatternError(r'[\N{SNAKE]}',
                      "undefined character name 'SNAKE]'", 1)
    checkPatternError(r'\N{SPAM}',
                      "undefined character name 'SPAM'", 0)
    checkPatternError(r'[\N{SPAM}]',
                      "undefined character name 'SPAM'", 1)
    checkPatternError(r'\N{KEYCAP NUMBER SIGN}',
                      "undefined character name 'KEYCAP NUMBER SIGN'", 0)
    checkPatternError(r'[\N{KEYCAP NUMBER SIGN}]',
                      "undefined character name 'KEYCAP NUMBER SIGN'", 1)
    checkPatternError(br'\N{LESS-THAN SIGN}', r'bad escape \N', 0)
    checkPatternError(br'[\N{LESS-THAN SIGN}]', r'bad escape \N', 1)


run(test_named_unicode_escapes)
