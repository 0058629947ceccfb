# re.sub and re.subn build their result from the text between matches and the replacements: every kind of piece,
# the object identities CPython gives, and the errors of a replacement of the wrong kind.
import re


class S(str):
    pass


class B(bytes):
    pass


def show(label, value):
    print(label, type(value).__name__, repr(value))


show("str", re.sub(r"[ab]", "-", "xaybz"))
show("str count", re.subn(r"[ab]", "-", "xaybzab", count=2))
show("str none", re.subn(r"q", "-", "xaybz"))
show("str all", re.sub(r".", "", "abc"))
show("str empty", re.sub(r"x*", "-", "abc"))
show("str astral", re.sub(r"[\U0001f600b]", "<\U0001f601>", "a\U0001f600b\U0001f600c"))
show("str astral groups", re.sub(r"(\U0001f600)(.)", r"\2\1", "a\U0001f600b\U0001f600c"))
show("str template", re.sub(r"(a)|(b)", r"[\1\2]", "xaybz"))
show("str callable", re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333"))
show("str callable None", re.sub(r"\d", lambda m: None if m.group() == "2" else "#", "1234"))
show("str callable subclass", re.sub(r"\d", lambda m: S("s"), "a1b2"))
show("str subclass subject", re.sub(r"\d", "#", S("a1b2")))
show("str subclass replacement", re.sub(r"\d", S("#"), "a1b2"))
show("str escapes", re.sub(r"\d", r"\n\t\\", "a1"))
show("str long", len(re.sub(r"b", "xyz", "ab" * 50000)))

show("bytes", re.sub(rb"[ab]", b"-", b"xaybz"))
show("bytes count", re.subn(rb"[ab]", b"-", b"xaybzab", 2))
show("bytes none", re.subn(rb"q", b"-", b"xaybz"))
show("bytes all", re.sub(rb".", b"", b"abc"))
show("bytes empty", re.sub(rb"x*", b"-", b"abc"))
show("bytes template", re.sub(rb"(a)|(b)", rb"[\1\2]", b"xaybz"))
show("bytes callable", re.sub(rb"\d", lambda m: m.group() * 2, b"a1b2"))
show("bytes callable subclass", re.sub(rb"\d", lambda m: B(b"s"), b"a1b2"))
show("bytes subclass subject", re.sub(rb"\d", b"#", B(b"a1b2")))
show("bytearray subject", re.sub(rb"\d", b"#", bytearray(b"a1b2")))
show("bytes long", len(re.sub(rb"B", b"(c|g|t)", b"aBc" * 40000)))

# identity: the subject itself when nothing is replaced, as CPython returns it
s = "".join(["no", " match"])
print("same str", re.sub("q", "-", s) is s, re.subn("q", "-", s)[0] is s)
b = b"".join([b"no", b" match"])
print("same bytes", re.sub(b"q", b"-", b) is b)
print("subclass not kept", type(re.sub("q", "-", S("abc"))).__name__, type(re.sub(b"q", b"-", B(b"abc"))).__name__)
one = "only"
print("one replacement", re.sub(".+", lambda m: one, "whole") is one)

for label, call in [
    ("str callable int", lambda: re.sub(r"\d", lambda m: 1, "a1b2")),
    ("str callable bytes", lambda: re.sub(r"\d", lambda m: b"x", "a1b2")),
    ("bytes callable str", lambda: re.sub(rb"\d", lambda m: "x", b"a1b2")),
    ("bytes callable str first", lambda: re.sub(rb"\d", lambda m: "x", b"1b2")),
    ("str replacement bytes", lambda: re.sub(r"\d", b"x", "a1")),
    ("bytes replacement str", lambda: re.sub(rb"\d", "x", b"a1")),
]:
    try:
        show(label, call())
    except TypeError as e:
        print(label, "TypeError:", e)
