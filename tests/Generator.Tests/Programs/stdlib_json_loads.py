# json.loads / json.load and JSONDecoder: values, hooks, parse_* callbacks, strict, raw_decode, bytes in UTF-8/16/32
# (cases from CPython's test_json: test_decode, test_pass1, test_unicode, test_scanstring, test_float).
import json
import io
from collections import OrderedDict


def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("null", lambda: json.loads("null"))
show("true false", lambda: json.loads("[true, false]"))
show("ints", lambda: json.loads("[0, -0, 1, -12, 123456789012345678901234567890]"))
show("floats", lambda: json.loads("[1.5, -0.0, 1e5, 1E+5, 1e-5, 2.5e-3, 0.1, 1.0, 1e400, -1e400, 123.456e7]"))
show("constants", lambda: json.loads("[NaN, Infinity, -Infinity]"))
show("nan is nan", lambda: [x != x for x in json.loads("[NaN, 1.0]")])
show("strings", lambda: json.loads('["", "a", "\\"\\\\\\/\\b\\f\\n\\r\\t", "\\u0041\\u00e9\\u20ac"]'))
show("whitespace", lambda: json.loads(' \t\n\r[ 1 ,\t2 ,\n3\r] \n'))
show("nested", lambda: json.loads('{"a": {"b": [1, {"c": [[], {}]}]}, "d": []}'))
show("duplicate keys", lambda: json.loads('{"a": 1, "b": 2, "a": 3}'))
show("empty object spaced", lambda: json.loads('{ \n }'))
show("empty array spaced", lambda: json.loads('[ \n ]'))
show("top string", lambda: json.loads('"A JSON payload should be an object or array, not a string."'))
show("deep", lambda: json.loads('[[[[[[[[[[[[[[[[[[[["Too deep"]]]]]]]]]]]]]]]]]]]]'))
show("deep 500", lambda: len(json.dumps(json.loads("[" * 500 + "]" * 500))))

# Surrogates in \u escapes: pairs join, lone ones stay.
show("pair", lambda: json.loads('"\\ud834\\udd20"'))
show("pair upper", lambda: json.loads('"\\uD834\\uDD1E"'))
show("lone high", lambda: json.loads('"z\\ud834x"') == "z" + chr(0xd834) + "x")
show("lone low", lambda: json.loads('"z\\udd20x"') == "z" + chr(0xdd20) + "x")
show("high high low", lambda: json.loads('"z\\ud834\\ud834\\udd20x"') == "z" + chr(0xd834) + "\U0001d120x")
show("high then y", lambda: json.loads('"z\\ud834\\u0079x"') == "z" + chr(0xd834) + "yx")
show("low high", lambda: json.loads('"\\udd20\\ud834"') == chr(0xdd20) + chr(0xd834))
show("raw pair", lambda: json.loads('"z' + chr(0xd834) + chr(0xdd20) + 'x"') == "z" + chr(0xd834) + chr(0xdd20) + "x")
show("non bmp", lambda: json.loads('["\U0001F600", "\\ud83d\\ude00"]'))
u = "\N{GREEK SMALL LETTER ALPHA}\N{GREEK CAPITAL LETTER OMEGA}"
show("unicode", lambda: json.loads(json.dumps(u)) == u and json.loads(json.dumps(u, ensure_ascii=False)) == u)
show("all bmp escapes", lambda: all(json.loads('"\\u{0:04x}"'.format(i)) == chr(i) for i in range(0, 0x10000, 97)))
show("all chars", lambda: all(json.loads(json.dumps(chr(i))) == chr(i) for i in range(0, 0x3000)))

# object_hook, object_pairs_hook (which wins), parse_float, parse_int, parse_constant.
doc = '{"xkd": 1, "kcw": 2, "art": 3, "hxm": 4, "qrt": 5, "pad": 6, "hoy": 7}'
show("pairs hook", lambda: json.loads(doc, object_pairs_hook=lambda x: x))
show("pairs hook ordered", lambda: list(json.loads(doc, object_pairs_hook=OrderedDict).keys()))
show("object hook", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
show("both hooks", lambda: json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: ("pairs", p)))
show("empty pairs", lambda: json.loads('{}', object_pairs_hook=lambda p: ("pairs", p)))
show("empty hook", lambda: json.loads('{}', object_hook=lambda d: ("hook", d)))
show("nested hooks", lambda: json.loads('[{"a": {"b": {}}}]', object_pairs_hook=tuple))
show("parse_float", lambda: json.loads('[1.5, 2, 3e2]', parse_float=lambda s: "F" + s))
show("parse_int", lambda: json.loads('[1.5, 2, -30]', parse_int=lambda s: "I" + s))
show("parse_int float", lambda: json.loads('1', parse_int=float))
show("parse_constant", lambda: json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s))
show("parse_constant raise", lambda: json.loads('[1, NaN]', parse_constant=lambda s: 1 / 0))
show("float as str", lambda: json.loads('1.1', parse_float=str))
show("hook error", lambda: json.loads('{"a": 1}', object_hook=lambda d: d["b"]))

# strict=False lets control characters through.
show("strict", lambda: json.loads('"a\tb"'))
show("not strict", lambda: json.loads('"a\tb\nc\x00"', strict=False))
show("not strict key", lambda: json.loads('{"k\x01": "v\x1f"}', strict=False))
show("not strict decoder", lambda: json.JSONDecoder(strict=False).decode('["\x1f"]'))

# raw_decode: the value and where it ended; extraneous data allowed.
dec = json.JSONDecoder()
show("raw_decode", lambda: dec.raw_decode('{"a": 1} trailing'))
show("raw_decode idx", lambda: dec.raw_decode('xx[1, 2]yy', 2))
show("raw_decode space", lambda: dec.raw_decode(' [1]'))
show("raw_decode end", lambda: dec.raw_decode('[1]', 3))
show("raw_decode negative", lambda: dec.raw_decode('[1]', -1))
show("raw_decode numbers", lambda: [dec.raw_decode(s) for s in ["1.", "01", "1e", "1e+", "-0", "1.5e3x", "2E-2.5"]])
show("decode", lambda: dec.decode('  [1]  '))
show("decoder attrs", lambda: (dec.strict, dec.object_hook, dec.object_pairs_hook, dec.parse_float is float, dec.parse_int is int))

# load reads a file object.
show("load", lambda: json.load(io.StringIO('{"a": [1, 2, {"b": null}]}')))
show("load hook", lambda: json.load(io.StringIO('{"a": 1}'), object_pairs_hook=list))

# bytes: the encoding is detected (UTF-8 with or without a BOM, UTF-16 and UTF-32 either way round).
# The document '{"s": "\xe9\u20ac\U0001F600", "n": [1]}' in each encoding (the runtime encodes UTF-8 and UTF-16 only).
ENCODED = [
    ('utf-8', b'{"s": "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", "n": [1]}'),
    ('utf-16', b'\xff\xfe{\x00"\x00s\x00"\x00:\x00 \x00"\x00\xe9\x00\xac =\xd8\x00\xde"\x00,\x00 \x00"\x00n\x00"\x00:\x00 \x00[\x001\x00]\x00}\x00'),
    ('utf-16-le', b'{\x00"\x00s\x00"\x00:\x00 \x00"\x00\xe9\x00\xac =\xd8\x00\xde"\x00,\x00 \x00"\x00n\x00"\x00:\x00 \x00[\x001\x00]\x00}\x00'),
    ('utf-16-be', b'\x00{\x00"\x00s\x00"\x00:\x00 \x00"\x00\xe9 \xac\xd8=\xde\x00\x00"\x00,\x00 \x00"\x00n\x00"\x00:\x00 \x00[\x001\x00]\x00}'),
    ('utf-32', b'\xff\xfe\x00\x00{\x00\x00\x00"\x00\x00\x00s\x00\x00\x00"\x00\x00\x00:\x00\x00\x00 \x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00"\x00\x00\x00,\x00\x00\x00 \x00\x00\x00"\x00\x00\x00n\x00\x00\x00"\x00\x00\x00:\x00\x00\x00 \x00\x00\x00[\x00\x00\x001\x00\x00\x00]\x00\x00\x00}\x00\x00\x00'),
    ('utf-32-le', b'{\x00\x00\x00"\x00\x00\x00s\x00\x00\x00"\x00\x00\x00:\x00\x00\x00 \x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00"\x00\x00\x00,\x00\x00\x00 \x00\x00\x00"\x00\x00\x00n\x00\x00\x00"\x00\x00\x00:\x00\x00\x00 \x00\x00\x00[\x00\x00\x001\x00\x00\x00]\x00\x00\x00}\x00\x00\x00'),
    ('utf-32-be', b'\x00\x00\x00{\x00\x00\x00"\x00\x00\x00s\x00\x00\x00"\x00\x00\x00:\x00\x00\x00 \x00\x00\x00"\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00\x00\x00\x00"\x00\x00\x00,\x00\x00\x00 \x00\x00\x00"\x00\x00\x00n\x00\x00\x00"\x00\x00\x00:\x00\x00\x00 \x00\x00\x00[\x00\x00\x001\x00\x00\x00]\x00\x00\x00}'),
]
for enc, data in ENCODED:
    show("bytes " + enc, lambda: json.loads(data))
show("bytes utf-8-sig", lambda: json.loads(b'\xef\xbb\xbf[1, "\xc3\xa9"]'))
show("bytes short", lambda: [json.loads(b) for b in [b"1", b"12", b"\x001", b"1\x00", b'""']])
show("detect", lambda: [json.detect_encoding(b) for b in [b"{}", b"\x00{\x00}", b"{\x00}\x00", b"\x00\x00\x00{", b"{\x00\x00\x00",
                                                             b"\xff\xfe{\x00", b"\xfe\xff\x00{", b"\xff\xfe\x00\x00", b"\xef\xbb\xbf{"]])
show("str BOM", lambda: json.loads('\ufeff[1]'))
show("bytes not utf-16", lambda: json.loads(b"[\x001"))
show("bytes utf-16 lone surrogate", lambda: json.loads(b'"\x00\x00\xd8"\x00') == chr(0xd800))
show("not str", lambda: json.loads(42))
show("not str list", lambda: json.loads([1]))
show("none", lambda: json.loads(None))

# The pass1.json document of CPython's test_json, round-tripped.
JSON = r'''
[
    "JSON Test Pattern pass1",
    {"object with 1 member":["array with 1 element"]},
    {},
    [],
    -42,
    true,
    false,
    null,
    {
        "integer": 1234567890,
        "real": -9876.543210,
        "e": 0.123456789e-12,
        "E": 1.234567890E+34,
        "":  23456789012E66,
        "zero": 0,
        "one": 1,
        "space": " ",
        "quote": "\"",
        "backslash": "\\",
        "controls": "\b\f\n\r\t",
        "slash": "/ & \/",
        "alpha": "abcdefghijklmnopqrstuvwyz",
        "ALPHA": "ABCDEFGHIJKLMNOPQRSTUVWYZ",
        "digit": "0123456789",
        "0123456789": "digit",
        "special": "`1~!@#$%^&*()_+-={':[,]}|;.</>?",
        "hex": "\u0123\u4567\u89AB\uCDEF\uabcd\uef4A",
        "true": true,
        "false": false,
        "null": null,
        "array":[  ],
        "object":{  },
        "address": "50 St. James Street",
        "url": "http://www.JSON.org/",
        "comment": "// /* <!-- --",
        "# -- --> */": " ",
        " s p a c e d " :[1,2 , 3

,

4 , 5        ,          6           ,7        ],"compact":[1,2,3,4,5,6,7],
        "jsontext": "{\"object with 1 member\":[\"array with 1 element\"]}",
        "quotes": "&#34; \u0022 %22 0x22 034 &#x22;",
        "\/\\\"\uCAFE\uBABE\uAB98\uFCDE\ubcda\uef4A\b\f\n\r\t`1~!@#$%^&*()_+-=[]{}|;:',./<>?"
: "A key can be any string"
    },
    0.5 ,98.6
,
99.44
,

1066,
1e1,
0.1e1,
1e-1,
1e00,2e+00,2e-00
,"rosebud"]
'''
parsed = json.loads(JSON)
print(ascii(parsed))
print(json.loads(json.dumps(parsed)) == parsed)
print(json.dumps(parsed, sort_keys=True, indent=1)[:400])
