# CPython 3.12's Lib/test/test_re.py, ported: pattern parsing and its errors (escapes, character literals, group
# names, repeats, re.error's attributes), type errors of mixed str/bytes and non-string subjects.
# Each test method is a function that prints what the test checks (values with repr, exceptions as type and
# message; re.error with msg, pos, lineno, colno) instead of asserting; the expected output is CPython's.
# Left out of this program's tests: none of the methods here; the \N{...} parts of test_named_unicode_escapes
# are in stdlib_re_named_escapes.py.
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


def test_symbolic_groups_errors():
    T('test_symbolic_groups_errors')
    checkPatternError(r'(?P<a>)(?P<a>)',
                      "redefinition of group name 'a' as group 2; "
                      "was group 1")
    checkPatternError(r'(?P<a>(?P=a))',
                      "cannot refer to an open group", 10)
    checkPatternError(r'(?Pxy)', 'unknown extension ?Px')
    checkPatternError(r'(?P<a>)(?P=a', 'missing ), unterminated name', 11)
    checkPatternError(r'(?P=', 'missing group name', 4)
    checkPatternError(r'(?P=)', 'missing group name', 4)
    checkPatternError(r'(?P=1)', "bad character in group name '1'", 4)
    checkPatternError(r'(?P=a)', "unknown group name 'a'")
    checkPatternError(r'(?P=a1)', "unknown group name 'a1'")
    checkPatternError(r'(?P=a.)', "bad character in group name 'a.'", 4)
    checkPatternError(r'(?P<)', 'missing >, unterminated name', 4)
    checkPatternError(r'(?P<a', 'missing >, unterminated name', 4)
    checkPatternError(r'(?P<', 'missing group name', 4)
    checkPatternError(r'(?P<>)', 'missing group name', 4)
    checkPatternError(r'(?P<1>)', "bad character in group name '1'", 4)
    checkPatternError(r'(?P<a.>)', "bad character in group name 'a.'", 4)
    checkPatternError(r'(?(', 'missing group name', 3)
    checkPatternError(r'(?())', 'missing group name', 3)
    checkPatternError(r'(?(a))', "unknown group name 'a'", 3)
    checkPatternError(r'(?(-1))', "bad character in group name '-1'", 3)
    checkPatternError(r'(?(1a))', "bad character in group name '1a'", 3)
    checkPatternError(r'(?(a.))', "bad character in group name 'a.'", 3)
    checkPatternError('(?P<©>x)', "bad character in group name '©'", 4)
    checkPatternError('(?P=©)', "bad character in group name '©'", 4)
    checkPatternError('(?(©)y)', "bad character in group name '©'", 3)
    checkPatternError(b'(?P<\xc2\xb5>x)',
                      r"bad character in group name '\xc2\xb5'", 4)
    checkPatternError(b'(?P=\xc2\xb5)',
                      r"bad character in group name '\xc2\xb5'", 4)
    checkPatternError(b'(?(\xc2\xb5)y)',
                      r"bad character in group name '\xc2\xb5'", 3)


def test_re_groupref_exists_errors():
    T('test_re_groupref_exists_errors')
    checkPatternError(r'(?P<a>)(?(0)a|b)', 'bad group number', 10)
    checkPatternError(r'()(?(-1)a|b)',
                      "bad character in group name '-1'", 5)
    checkPatternError(r'()(?(+1)a|b)',
                      "bad character in group name '+1'", 5)
    checkPatternError(r'()'*10 + r'(?(1_0)a|b)',
                      "bad character in group name '1_0'", 23)
    checkPatternError(r'()(?( 1 )a|b)',
                      "bad character in group name ' 1 '", 5)
    checkPatternError(r'()(?(㊀)a|b)',
                      "bad character in group name '㊀'", 5)
    checkPatternError(r'()(?(¹)a|b)',
                      "bad character in group name '¹'", 5)
    checkPatternError(r'()(?(१)a|b)',
                      "bad character in group name '१'", 5)
    checkPatternError(r'()(?(1',
                      "missing ), unterminated name", 5)
    checkPatternError(r'()(?(1)a',
                      "missing ), unterminated subpattern", 2)
    checkPatternError(r'()(?(1)a|b',
                      'missing ), unterminated subpattern', 2)
    checkPatternError(r'()(?(1)a|b|c',
                      'conditional backref with more than '
                      'two branches', 10)
    checkPatternError(r'()(?(1)a|b|c)',
                      'conditional backref with more than '
                      'two branches', 10)
    checkPatternError(r'()(?(2)a)',
                      "invalid group reference 2", 5)


def test_re_groupref_overflow():
    T('test_re_groupref_overflow')
    from re._constants import MAXGROUPS
    p(MAXGROUPS)
    checkTemplateError('()', r'\g<%s>' % MAXGROUPS, 'xx',
                       'invalid group reference %d' % MAXGROUPS, 3)
    checkPatternError(r'(?P<a>)(?(%d))' % MAXGROUPS,
                      'invalid group reference %d' % MAXGROUPS, 10)


def test_other_escapes():
    T('test_other_escapes')
    checkPatternError("\\", 'bad escape (end of pattern)', 0)
    p(re.match(r"\(", '(').group())
    p(M(re.match(r"\(", ')')))
    p(re.match(r"\\", '\\').group())
    p(re.match(r"[\]]", ']').group())
    p(M(re.match(r"[\]]", '[')))
    p(re.match(r"[a\-c]", '-').group())
    p(M(re.match(r"[a\-c]", 'b')))
    p(re.match(r"[\^a]+", 'a^').group())
    p(M(re.match(r"[\^a]+", 'b')))
    re.purge()
    for c in 'ceghijklmopqyzCEFGHIJKLMNOPQRTVXY':
        E(re.compile, '\\%c' % c)
    for c in 'ceghijklmopqyzABCEFGHIJKLMNOPQRTVXYZ':
        E(re.compile, '[\\%c]' % c)


def test_sre_character_literals():
    T('test_sre_character_literals')
    for i in [0, 8, 16, 32, 64, 127, 128, 255, 256, 0xFFFF, 0x10000, 0x10FFFF]:
        if i < 256:
            p(M(re.match(r"\%03o" % i, chr(i))))
            p(M(re.match(r"\%03o0" % i, chr(i)+"0")))
            p(M(re.match(r"\%03o8" % i, chr(i)+"8")))
            p(M(re.match(r"\x%02x" % i, chr(i))))
            p(M(re.match(r"\x%02x0" % i, chr(i)+"0")))
            p(M(re.match(r"\x%02xz" % i, chr(i)+"z")))
        if i < 0x10000:
            p(M(re.match(r"\u%04x" % i, chr(i))))
            p(M(re.match(r"\u%04x0" % i, chr(i)+"0")))
            p(M(re.match(r"\u%04xz" % i, chr(i)+"z")))
        p(M(re.match(r"\U%08x" % i, chr(i))))
        p(M(re.match(r"\U%08x0" % i, chr(i)+"0")))
        p(M(re.match(r"\U%08xz" % i, chr(i)+"z")))
    p(M(re.match(r"\0", "\000")))
    p(M(re.match(r"\08", "\0008")))
    p(M(re.match(r"\01", "\001")))
    p(M(re.match(r"\018", "\0018")))
    checkPatternError(r"\567",
                      r'octal escape value \567 outside of '
                      r'range 0-0o377', 0)
    checkPatternError(r"\911", 'invalid group reference 91', 1)
    checkPatternError(r"\x1", r'incomplete escape \x1', 0)
    checkPatternError(r"\x1z", r'incomplete escape \x1', 0)
    checkPatternError(r"\u123", r'incomplete escape \u123', 0)
    checkPatternError(r"\u123z", r'incomplete escape \u123', 0)
    checkPatternError(r"\U0001234", r'incomplete escape \U0001234', 0)
    checkPatternError(r"\U0001234z", r'incomplete escape \U0001234', 0)
    checkPatternError(r"\U00110000", r'bad escape \U00110000', 0)


def test_sre_character_class_literals():
    T('test_sre_character_class_literals')
    for i in [0, 8, 16, 32, 64, 127, 128, 255, 256, 0xFFFF, 0x10000, 0x10FFFF]:
        if i < 256:
            p(M(re.match(r"[\%o]" % i, chr(i))))
            p(M(re.match(r"[\%o8]" % i, chr(i))))
            p(M(re.match(r"[\%03o]" % i, chr(i))))
            p(M(re.match(r"[\%03o0]" % i, chr(i))))
            p(M(re.match(r"[\%03o8]" % i, chr(i))))
            p(M(re.match(r"[\x%02x]" % i, chr(i))))
            p(M(re.match(r"[\x%02x0]" % i, chr(i))))
            p(M(re.match(r"[\x%02xz]" % i, chr(i))))
        if i < 0x10000:
            p(M(re.match(r"[\u%04x]" % i, chr(i))))
            p(M(re.match(r"[\u%04x0]" % i, chr(i))))
            p(M(re.match(r"[\u%04xz]" % i, chr(i))))
        p(M(re.match(r"[\U%08x]" % i, chr(i))))
        p(M(re.match(r"[\U%08x0]" % i, chr(i)+"0")))
        p(M(re.match(r"[\U%08xz]" % i, chr(i)+"z")))
    checkPatternError(r"[\567]",
                      r'octal escape value \567 outside of '
                      r'range 0-0o377', 1)
    checkPatternError(r"[\911]", r'bad escape \9', 1)
    checkPatternError(r"[\x1z]", r'incomplete escape \x1', 1)
    checkPatternError(r"[\u123z]", r'incomplete escape \u123', 1)
    checkPatternError(r"[\U0001234z]", r'incomplete escape \U0001234', 1)
    checkPatternError(r"[\U00110000]", r'bad escape \U00110000', 1)
    p(M(re.match(r"[\U0001d49c-\U0001d4b5]", "\U0001d49e")))


def test_sre_byte_literals():
    T('test_sre_byte_literals')
    for i in [0, 8, 16, 32, 64, 127, 128, 255]:
        p(M(re.match((r"\%03o" % i).encode(), bytes([i]))))
        p(M(re.match((r"\%03o0" % i).encode(), bytes([i])+b"0")))
        p(M(re.match((r"\%03o8" % i).encode(), bytes([i])+b"8")))
        p(M(re.match((r"\x%02x" % i).encode(), bytes([i]))))
        p(M(re.match((r"\x%02x0" % i).encode(), bytes([i])+b"0")))
        p(M(re.match((r"\x%02xz" % i).encode(), bytes([i])+b"z")))
    E(re.compile, br"\u1234")
    E(re.compile, br"\U00012345")
    p(M(re.match(br"\0", b"\000")))
    p(M(re.match(br"\08", b"\0008")))
    p(M(re.match(br"\01", b"\001")))
    p(M(re.match(br"\018", b"\0018")))
    checkPatternError(br"\567",
                      r'octal escape value \567 outside of '
                      r'range 0-0o377', 0)
    checkPatternError(br"\911", 'invalid group reference 91', 1)
    checkPatternError(br"\x1", r'incomplete escape \x1', 0)
    checkPatternError(br"\x1z", r'incomplete escape \x1', 0)


def test_sre_byte_class_literals():
    T('test_sre_byte_class_literals')
    for i in [0, 8, 16, 32, 64, 127, 128, 255]:
        p(M(re.match((r"[\%o]" % i).encode(), bytes([i]))))
        p(M(re.match((r"[\%o8]" % i).encode(), bytes([i]))))
        p(M(re.match((r"[\%03o]" % i).encode(), bytes([i]))))
        p(M(re.match((r"[\%03o0]" % i).encode(), bytes([i]))))
        p(M(re.match((r"[\%03o8]" % i).encode(), bytes([i]))))
        p(M(re.match((r"[\x%02x]" % i).encode(), bytes([i]))))
        p(M(re.match((r"[\x%02x0]" % i).encode(), bytes([i]))))
        p(M(re.match((r"[\x%02xz]" % i).encode(), bytes([i]))))
    E(re.compile, br"[\u1234]")
    E(re.compile, br"[\U00012345]")
    checkPatternError(br"[\567]",
                      r'octal escape value \567 outside of '
                      r'range 0-0o377', 1)
    checkPatternError(br"[\911]", r'bad escape \9', 1)
    checkPatternError(br"[\x1z]", r'incomplete escape \x1', 1)


def test_character_set_errors():
    T('test_character_set_errors')
    checkPatternError(r'[', 'unterminated character set', 0)
    checkPatternError(r'[^', 'unterminated character set', 0)
    checkPatternError(r'[a', 'unterminated character set', 0)
    checkPatternError(r"[a-", 'unterminated character set', 0)
    checkPatternError(r"[\w-b]", r'bad character range \w-b', 1)
    checkPatternError(r"[a-\w]", r'bad character range a-\w', 1)
    checkPatternError(r"[b-a]", 'bad character range b-a', 1)


def test_nothing_to_repeat():
    T('test_nothing_to_repeat')
    for reps in '*', '+', '?', '{1,2}':
        for mod in '', '?':
            checkPatternError('%s%s' % (reps, mod),
                              'nothing to repeat', 0)
            checkPatternError('(?:%s%s)' % (reps, mod),
                              'nothing to repeat', 3)


def test_multiple_repeat():
    T('test_multiple_repeat')
    for outer_reps in '*', '+', '?', '{1,2}':
        for outer_mod in '', '?', '+':
            outer_op = outer_reps + outer_mod
            for inner_reps in '*', '+', '?', '{1,2}':
                for inner_mod in '', '?', '+':
                    if inner_mod + outer_reps in ('?', '+'):
                        continue
                    inner_op = inner_reps + inner_mod
                    checkPatternError(r'x%s%s' % (inner_op, outer_op),
                                      'multiple repeat', 1 + len(inner_op))


def test_error():
    T('test_error')
    try:
        re.compile('(\u20ac))')
    except re.error as err:
        p(type(err.pattern).__name__)
        p(err.pattern)
        p(err.pos)
        p(err.lineno)
        p(err.colno)
        p(err.msg)
        p(str(err))
        p(err.msg in str(err))
        p(' at position 3' in str(err))
        p(' at position 3' in err.msg)
    else:
        p('no exception')
    try:
        re.compile(b'(\xa4))')
    except re.error as err:
        p(type(err.pattern).__name__)
        p(err.pattern)
        p(err.pos)
    else:
        p('no exception')
    try:
        re.compile("""
                (
                    abc
                )
                )
                (
                """, re.VERBOSE)
    except re.error as err:
        p(err.pos)
        p(err.lineno)
        p(err.colno)
        p(str(err))
        p(err.msg in str(err))
        p(' at position 77' in str(err))
        p('(line 5, column 17)' in str(err))
    else:
        p('no exception')


def test_misc_errors():
    T('test_misc_errors')
    checkPatternError(r'(', 'missing ), unterminated subpattern', 0)
    checkPatternError(r'((a|b)', 'missing ), unterminated subpattern', 0)
    checkPatternError(r'(a|b))', 'unbalanced parenthesis', 5)
    checkPatternError(r'(?P', 'unexpected end of pattern', 3)
    checkPatternError(r'(?z)', 'unknown extension ?z', 1)
    checkPatternError(r'(?iz)', 'unknown flag', 3)
    checkPatternError(r'(?i', 'missing -, : or )', 3)
    checkPatternError(r'(?#abc', 'missing ), unterminated comment', 0)
    checkPatternError(r'(?<', 'unexpected end of pattern', 3)
    checkPatternError(r'(?<>)', 'unknown extension ?<>', 1)
    checkPatternError(r'(?', 'unexpected end of pattern', 2)


def test_backref_group_name_in_exception():
    T('test_backref_group_name_in_exception')
    checkPatternError('(?P=<foo>)',
                      "bad character in group name '<foo>'", 4)


def test_group_name_in_exception():
    T('test_group_name_in_exception')
    checkPatternError('(?P<?foo>)',
                      "bad character in group name '?foo'", 4)


def test_bytes_str_mixing():
    T('test_bytes_str_mixing')
    pat = re.compile('.')
    bpat = re.compile(b'.')
    E(pat.match, b'b')
    E(bpat.match, 'b')
    E(pat.sub, b'b', 'c')
    E(pat.sub, 'b', b'c')
    E(pat.sub, b'b', b'c')
    E(bpat.sub, b'b', 'c')
    E(bpat.sub, 'b', b'c')
    E(bpat.sub, 'b', 'c')


def test_compile():
    T('test_compile')
    pattern = re.compile('random pattern')
    p(isinstance(pattern, re.Pattern))
    same_pattern = re.compile(pattern)
    p(isinstance(same_pattern, re.Pattern))
    p(same_pattern is pattern)
    E(re.compile, 0)


def test_bug_40736():
    T('test_bug_40736')
    E(re.search, "x*", 5)
    E(re.search, "x*", type)


run(test_symbolic_groups_errors)
run(test_re_groupref_exists_errors)
run(test_re_groupref_overflow)
run(test_other_escapes)
run(test_sre_character_literals)
run(test_sre_character_class_literals)
run(test_sre_byte_literals)
run(test_sre_byte_class_literals)
run(test_character_set_errors)
run(test_nothing_to_repeat)
run(test_multiple_repeat)
run(test_error)
run(test_misc_errors)
run(test_backref_group_name_in_exception)
run(test_group_name_in_exception)
run(test_bytes_str_mixing)
run(test_compile)
run(test_bug_40736)
