# Searches for patterns that contain a run of literal characters every match must contain: a search first looks
# for that run in its window. Each case prints what CPython finds, with the run present, absent, cut by the
# window's edges, and runs that look required but are not (inside alternatives, optional groups, lookarounds).
import re

SUBJECTS = [
    "",
    'x"\\/Qngr(123)\\/"y',
    '{"a":"\\/Qngr(-5)\\/","b":"\\/Qngr(7)\\/"}',
    '{"a":"Qngr(5)"}' * 3,
    "abcabc xyz abxc ab-c",
    "a(b)c a b c abc",
    "HELLO hello HeLLo",
    "\U0001f600\U0001f601ab\U0001f600\U0001f601",
    "\U0001f600x\U0001f601ab",
    "caf\u00e9 cafe CAF\u00c9",
    "start middle end",
    "key=value; other=thing; key=",
]

PATTERNS = [
    r'(^|[^\\])"\\/Qngr\((-?[0-9]+)\)\\/"',
    r"ab(c)",
    r"a(b)c",
    r"(a)(b)(c)",
    r"\w+bc",
    r"x?abc",
    r"(?:ab|xy)z",
    r"[ax]bc|xyz",
    r"(?:abc)?d",
    r"(?:abc)*x",
    r"(?:abc)+",
    r"(?<=ab)c",
    r"(?=abc)a",
    r"(?!abc)ab",
    r"(?i)hello",
    r"h(?i:ELLO)",
    r"\bhello\b",
    r"\U0001f600\U0001f601",
    r".\U0001f601",
    r"caf\u00e9",
    r"(?i)caf\u00e9",
    r"\s+end$",
    r"(key)=(\w*)",
    r"(?P<k>key)=(?P=k)?",
    r"a(?:b)c",
    r"(a|)bc",
    r"(?>ab)c",
    r"ab++c",
    r"(x)?(?(1)ab|cd)",
]

for p in PATTERNS:
    rx = re.compile(p)
    for s in SUBJECTS:
        found = [(m.span(), m.groups()) for m in rx.finditer(s)]
        if found:
            print(repr(p), repr(s), found)
        # windows that cut a run at either edge
        for pos, endpos in [(1, len(s)), (0, len(s) - 1), (2, len(s) - 2), (3, 4), (len(s), len(s))]:
            m = rx.search(s, pos, endpos)
            if m:
                print("  window", pos, endpos, m.span())
    print(repr(p), "sub", rx.sub("<>", SUBJECTS[2]), rx.subn("#", SUBJECTS[4], 1), rx.split(SUBJECTS[4]))

for p in [rb'"\\/Qngr\(', rb"ab\xffc", rb"(a)bc\x00"]:
    rx = re.compile(p)
    for s in [b"", b'x"\\/Qngr(1', b"zab\xffc ab\xff", b"abc\x00abc\x00"]:
        print(p, s, rx.findall(s), rx.search(s, 1), rx.search(s, 0, 3))

scanner = re.compile(r"ab(c)").scanner("abc abc ab c abc", 1, 12)
print([scanner.search() for _ in range(3)])
print(re.findall(r"(\d+)px", "10px 20 px 30px" * 2))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "a@b.com, c@d.org, e@f.com"))
