# Searches whose pattern begins with a known set of characters: the positions a search tries are skipped ahead
# to the next character that can begin a match. Each case prints what CPython finds, so any position wrongly
# skipped (or a match wrongly found) shows.
import re

SUBJECTS = [
    "",
    "a",
    "xxabcxxABCxxaBc",
    "the cat sat on the mat; The Cat; CAT",
    "aaa bbb aab abb ab ba",
    "K\u212a k Ǆǅǆ ß ẞ straße STRASSE",
    "naïve café ÉCOLE école \u0130stanbul i\u0307",
    "x\U0001f600y\U0001f600\U0001f600z abc \U00010400\U00010428",
    "line1\nline2\n\nline3\r\n",
    "12 ab 3.5 x9 __init__ 0x1F",
    "agggtaaatttaccctagggtaactttacccgagggtaaa",
    "ak Ak a\u212a \u212ak k\u212a\u212a x\u212a\u0101 a\u0150 abc acd abd ac",
    "1.5 2. .3 4.x 5.6",
]

PATTERNS = [
    r"[abc]",
    r"[^abc]",
    r"[a-c]+x?",
    r"cat|mat|sat",
    r"(?i)cat|mat",
    r"(?i)[k]",
    r"(?i)ss|ß",
    r"(?i)straße",
    r"[cgt]gggtaaa|tttaccc[acg]",
    r"agggtaa[cgt]|[acg]ttaccct",
    r"(a)(b)?|(b)(a)",
    r"(?:ab)+",
    r"(?:ab|ba){2,}",
    r"(?>a+)b",
    r"a++b",
    r"(?:a|b)*?b",
    r"a{2}|b{3}",
    r"\d+|\w+",
    r"\s+",
    r"\S+\s",
    r".+",
    r"(?s).",
    r"[\U0001f600-\U0001f601]",
    r"[^\x00-\xff]+",
    r"[\u0100-\uffff]",
    r"\W",
    r"(?a)\w+",
    r"(?:x|y)(?=z)|\U0001f600",
    r"(?:)a",
    r"a*b",
    r"(?:a|)b",
    r"(a|b)\1",
    r"(?i)(?:[é]|e)c",
    r"[ÉE]COLE|école",
    r"\bcat",
    r"(?m)^line\d",
    r"(?i)[ak]k|bk",
    r"[xk]\u212a.",
    r"a[\u0100-\u0200\u212a]",
    r"[ab]|[ab]c",
    r"(?:ab|a)c",
    r"(a)(?:b|c)d",
    r"[ab]c.",
    r"(?:x|y)(?:ab|cd)",
    r"\d\.\d",
]

for p in PATTERNS:
    rx = re.compile(p)
    for s in SUBJECTS:
        found = [(m.span(), m.lastindex, m.groups()) for m in rx.finditer(s)]
        if found:
            print(repr(p), repr(s), found)
        m = rx.search(s, 3, len(s) - 2)
        print("  window", m and m.span(), rx.sub("<>", s, 2) if found else "-")

# bytes subjects
for p in [rb"[abc]", rb"agggtaaa|tttaccct", rb"[cgt]gggtaaa|tttaccc[acg]", rb"(?i)TTT", rb">.*\n|\n", rb"[\x80-\xff]+"]:
    rx = re.compile(p)
    for s in [b"", b"xxagggtaaaTTTaccctgggtaaa>head\nacgt\n\x80\xff\x7f"]:
        print(p, s, rx.findall(s), [m.span() for m in rx.finditer(s, 2, 30)])

# empty matches after a match: the must-advance rule with a set-started alternative
print(re.sub(r"x*|[ab]", "-", "abxxc"))
print(re.findall(r"[ab]|(?=c)", "abcabc"))
print(re.split(r"[,;]\s*", "a, b;c,,d"))
print([m.span() for m in re.finditer(r"[ab]+", "aabxxbab" * 3)])
scanner = re.compile(r"[0-9]+|[a-z]+").scanner("abc123 def45")
print([scanner.search().group() for _ in range(4)], scanner.search())
