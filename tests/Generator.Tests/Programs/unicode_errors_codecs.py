# UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError: their arguments, attributes and str(), and the
# positions and reasons the codecs give them.
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(e), repr(e), e.encoding, e.object, e.start, e.end, e.reason, e.args)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(str(e))
try:
    b"\xffabc".decode("utf-8")
except UnicodeDecodeError as e:
    print(str(e), e.start, e.end, e.reason, e.encoding)
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(str(e), e.object, e.start, e.end)
try:
    "h\xe9llo".encode("ascii")
except UnicodeEncodeError as e:
    print(str(e), e.start, e.end, e.reason, e.encoding)
for s, enc in [("h\xe9\xe9llo\xe9", "ascii"), ("a\u20acb", "latin-1"), ("x" + chr(0xd800) + "y" + chr(0xdc00), "utf-8"), ("ok\xe9", "latin-1")]:
    try:
        print(s.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, e.start, e.end, e.reason, str(e))
for data, enc in [(b"a\xe2\x28\xa1", "utf-8"), (b"\xe2\x82\x28", "utf-8"), (b"ab\xe2\x82", "utf-8"), (b"\xed\xa0\x80", "utf-8"),
                  (b"\xf4\x90\x80\x80", "utf-8"), (b"\xc0\xaf", "utf-8"), (b"x\x80y\x81", "ascii"), (b"\xff", "latin-1")]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(enc, e.start, e.end, e.reason, str(e))
for args in [(), ("utf-8", "str", 0, 1, "r"), (1, b"x", 0, 1, "r"), ("utf-8", b"x", "0", 1, "r")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as e:
        print("TypeError:", e)
e = UnicodeTranslateError("abc", 1, 3, "nope")
print(str(e), e.object, e.start, e.end, e.reason, hasattr(e, "encoding"))
e = UnicodeError("plain", 1)
print(str(e), e.args)
class MyDecodeError(UnicodeDecodeError):
    pass
print(str(MyDecodeError("ascii", b"\x90", 0, 1, "custom")))
