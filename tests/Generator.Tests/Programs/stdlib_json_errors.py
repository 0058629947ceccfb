# json's errors: JSONDecodeError's message, msg, doc, pos, lineno and colno for malformed documents (the cases of
# CPython's test_json/test_fail.py and more), as CPython 3.12 reports them with its C scanner.
import json


def report(doc, **kw):
    try:
        value = json.loads(doc, **kw)
    except json.JSONDecodeError as e:
        assert e.doc == doc and isinstance(e, ValueError)
        print(ascii(doc), "->", repr(e.msg), e.pos, e.lineno, e.colno, "|", e)
    except Exception as e:
        print(ascii(doc), "->", type(e).__name__, e)
    else:
        print(ascii(doc), "=", ascii(value))


FAILS = [
    '["Unclosed array"',
    '{unquoted_key: "keys must be quoted"}',
    '["extra comma",]',
    '["double extra comma",,]',
    '[   , "<-- missing value"]',
    '["Comma after the close"],',
    '["Extra close"]]',
    '{"Extra comma": true,}',
    '{"Extra value after close": true} "misplaced quoted value"',
    '{"Illegal expression": 1 + 2}',
    '{"Illegal invocation": alert()}',
    '{"Numbers cannot have leading zeroes": 013}',
    '{"Numbers cannot be hex": 0x14}',
    '["Illegal backslash escape: \\x15"]',
    '[\\naked]',
    '["Illegal backslash escape: \\017"]',
    '{"Missing colon" null}',
    '{"Double colon":: null}',
    '{"Comma instead of colon", null}',
    '["Colon instead of comma": false]',
    '["Bad value", truth]',
    "['single quote']",
    '["\ttab\tcharacter\tin\tstring\t"]',
    '["tab\\   character\\   in\\  string\\  "]',
    '["line\nbreak"]',
    '["line\\\nbreak"]',
    '[0e]',
    '[0e+]',
    '[0e+-1]',
    '{"Comma instead if closing brace": true,',
    '["mismatch"}',
    '["A\u001FZ control characters in string"]',
]
print("-- test_fail documents")
for doc in FAILS:
    report(doc)

print("-- truncated")
for doc in ['', '[', '[42', '[42,', '["', '["spam', '["spam"', '["spam",', '{', '{"', '{"spam', '{"spam"',
            '{"spam":', '{"spam":42', '{"spam":42,', '"', '"spam']:
    report(doc)

print("-- unexpected data")
for doc in ['[,', '{"spam":[}', '[42:', '[42 "spam"', '[42,]', '{"spam":[42}', '["]', '["spam":', '["spam",]',
            '{:', '{,', '{42', '[{]', '{"spam",', '{"spam"}', '[{"spam"]', '{"spam":}', '[{"spam":]',
            '{"spam":42 "ham"', '[{"spam":42]', '{"spam":42,}']:
    report(doc)

print("-- extra data")
for doc in ['[]]', '{}}', '[],[]', '{},{}', '42,"spam"', '"spam",42', '1 2', 'nullx', 'NaN1', '01', '1.', '-0.5.5']:
    report(doc)

print("-- lines and columns")
for doc in ['!', ' !', '\n!', '\n  \n\n     !', '[1,\n2,\n,3]', '{\n  "a": 1,\n  "b" 2\n}', '\r\n[\r\n}']:
    report(doc)

print("-- strings and escapes")
for doc in ['"\\x"', '"abc\\q"', '"\\u"', '"\\u12"', '"\\u123"', '"\\u1234', '"\\uzzzz"', '"\\u 123"', '"\\u+123"',
            '"\\u-123"', '"\\u0x12"', '"\\u12_3"', '"\\ud800\\u"', '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"\\ud800\\x"',
            '"\\ud800\\', '"\\ud800\\u123', '"\\ud800\\udc00', '"a\\', '"\x00"', '"\x1f"', '"\x7f"', '"ok\\/"',
            '{"a\nb": 1}', '{"k": "\x01"}']:
    report(doc)
report('"\x01\\x"', strict=False)
report('["\n", "\\y"]', strict=False)

print("-- values")
for doc in ['-', '-a', '--1', '+1', '.5', '1e', '-Inf', '-infinity', 'infinity', 'nan', 'nul', 'tru', 'fals', 'True',
            'None', '[-]', '[1, -]', '  ', '\t\n', '\ufeff1', '\u00a01', '1\u00a0']:
    report(doc)

print("-- the exception")
try:
    json.loads('{"a": [1, 2,, 3]}')
except ValueError as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, json.JSONDecodeError))
    print(e.args)
    print(e.msg, e.doc, e.pos, e.lineno, e.colno)
    print(e.__reduce__()[1])
    print(e.__cause__, e.__suppress_context__)
err = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(err, err.lineno, err.colno, err.args)
print(json.JSONDecodeError.__mro__[1:])
print(json.JSONDecodeError is json.decoder.JSONDecodeError)
try:
    json.JSONDecodeError("only msg")
except TypeError as e:
    print("TypeError", e)
