# JSONEncoder and JSONDecoder as classes: subclassing default, encode and iterencode, cls= on dumps/loads, the
# decoder's decode and raw_decode, and the json.encoder / json.decoder / json.scanner submodules' helpers.
import json
import json.decoder
import json.encoder
from json import JSONEncoder, JSONDecoder, scanner


class SetEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return {"real": o.real, "imag": o.imag}
        return super().default(o)


class Color:
    def __init__(self, name):
        self.name = name


print(SetEncoder().encode({"s": {3, 1, 2}, "c": 1 + 2j}))
print(json.dumps([frozenset([2, 1])], cls=SetEncoder))
print(json.dumps({"s": {1}}, cls=SetEncoder, indent=2))
try:
    json.dumps(Color("red"), cls=SetEncoder)
except TypeError as e:
    print("TypeError", e)


class IterEncoder(JSONEncoder):
    """Encodes any iterable as a list (the default() CPython's docs suggest)."""
    def default(self, o):
        try:
            iterable = iter(o)
        except TypeError:
            pass
        else:
            return list(iterable)
        return JSONEncoder.default(self, o)


print(IterEncoder().encode({"r": range(3), "g": (x * x for x in range(4))}))
try:
    IterEncoder().encode(42j)
except TypeError as e:
    print("TypeError", e)


class UpperEncoder(JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"a": "b"}, cls=UpperEncoder))


class TaggingEncoder(JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield "<" + chunk + ">"


print(json.dumps([1, "x"], cls=TaggingEncoder))


class OptionsEncoder(JSONEncoder):
    def __init__(self, *, tag="", **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        return self.tag + type(o).__name__


print(json.dumps([Color("x"), {2}], cls=OptionsEncoder, tag="T:", sort_keys=True))

enc = JSONEncoder()
print(enc.item_separator, enc.key_separator, enc.indent, enc.skipkeys, enc.ensure_ascii, enc.check_circular,
      enc.allow_nan, enc.sort_keys)
enc = JSONEncoder(indent=2)
print(repr(enc.item_separator), repr(enc.key_separator))
enc = JSONEncoder(separators=(";", "="))
print(repr(enc.item_separator), repr(enc.key_separator))
print(enc.encode({"a": [1, 2]}))
print(JSONEncoder.item_separator, JSONEncoder.key_separator)
print(list(JSONEncoder().iterencode({"a": [1, {"b": None}], "c": "d"})))
print(list(JSONEncoder(indent=1).iterencode([1, [2, 3], {}])))
print(list(JSONEncoder().iterencode("str")), list(JSONEncoder().iterencode(5)))
print(JSONEncoder().encode("\u00e9"), JSONEncoder(ensure_ascii=False).encode("\u00e9"))
print(JSONEncoder(default=lambda o: "D").encode([{1}]))
gen = JSONEncoder().iterencode([1, {2}])
print(next(gen), next(gen))
try:
    next(gen)
except TypeError as e:
    print("TypeError", e)
try:
    JSONEncoder(sort_keys=True, indent=1)
    JSONEncoder(True)
except TypeError as e:
    print("TypeError", e)

# The encoder module's string helpers.
print(json.encoder.encode_basestring('a"b\\c\n\u00e9\U0001F600'))
print(json.encoder.encode_basestring_ascii('a"b\\c\n\u00e9\U0001F600\x7f'))
try:
    json.encoder.encode_basestring_ascii(5)
except TypeError as e:
    print("TypeError", e)
print(len(json.encoder.ESCAPE_DCT), json.encoder.ESCAPE_DCT["\x1f"], json.encoder.INFINITY)


# Decoders.
class PointDecoder(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        if set(d) == {"x", "y"}:
            return ("point", d["x"], d["y"])
        return d


print(json.loads('[{"x": 1, "y": 2}, {"z": 3}]', cls=PointDecoder))
print(json.loads('{"x": 1.5, "y": 2}', cls=PointDecoder, parse_float=lambda s: "f" + s))


class StrictlyNothing(JSONDecoder):
    def decode(self, s):
        return ("decoded", super().decode(s))


print(json.loads("[1]", cls=StrictlyNothing))
try:
    json.loads("[1]", cls=JSONDecoder, spam=1)
except TypeError as e:
    print("TypeError", e)

dec = JSONDecoder(object_pairs_hook=lambda pairs: pairs, parse_int=str)
print(dec.decode('{"a": 1, "b": [2, {"c": 3}]}'))
print(dec.raw_decode('{"a": 1}  xyz'))
docs = '{"a": 1} [2] "three" 4.5 null'
pos = 0
found = []
while pos < len(docs):
    value, pos = JSONDecoder().raw_decode(docs, pos)
    found.append(value)
    while pos < len(docs) and docs[pos] == " ":
        pos += 1
print(found)

# The scanner and scanstring.
scan = scanner.make_scanner(JSONDecoder())
print(scan('[1, 2] tail', 0), scan('xx"str"', 2), scan("-12.5e1,", 0), scan("null", 0))
for idx in (5, 100):
    try:
        scan("[1]", idx)
    except StopIteration as e:
        print("StopIteration", e.value)
scanstring = json.decoder.scanstring
print(scanstring('"z\U0001d120x"', 1, True))
print(scanstring('"\\u007b"', 1, True))
print(scanstring('["Unclosed array"', 2, True))
print(scanstring('{"Extra value after close": true} "misplaced quoted value"', 2, True))
print(scanstring('"a\tb"', 1, False))
print(scanstring('"z\\ud834\\udd20x"', 1, True))
for args in [('"abc', 1, True), ('"a\x01"', 1, True), ('"a"', 10, True), ('"a"', -1, True)]:
    try:
        print(scanstring(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(json.decoder.JSONArray(('[1, 2]', 1), scan))
print(json.decoder.JSONObject(('{"a": 1}', 1), True, scan, None, None))
print(JSONDecoder().parse_constant("NaN"), JSONDecoder().parse_constant("-Infinity"))
print(json.__version__, json.__all__)
print(json.decoder.__all__, json.scanner.__all__)
print(json.JSONDecoder is json.decoder.JSONDecoder, json.JSONEncoder is json.encoder.JSONEncoder)
