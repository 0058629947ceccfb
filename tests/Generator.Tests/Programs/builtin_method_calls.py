# Guarded direct calls of built-in str/list/dict/set methods: the fast path must behave exactly like the
# generic method call, for built-in receivers and for everything else.


class Bag:
    def __init__(self):
        self.log = []

    def append(self, x):
        self.log.append(("bag", x))
        return "appended"

    def get(self, k, d=None):
        return ("bag-get", k, d)

    def split(self):
        return ["not", "a", "str"]

    def lower(self):
        return "LOWER?"

    def items(self):
        return [("x", 1)]

    def add(self, v):
        return v * 2


b = Bag()
print(b.append(1), b.log)
print(b.get("k"), b.get("k", 5))
print(b.split(), b.lower(), b.items(), b.add(21))
for w in b.split():
    print("bag word", w)


class Inst:
    pass


i = Inst()
i.append = lambda v: ("instance attr", v)
i.get = lambda *a: ("instance get", a)
print(i.append(3), i.get(1, 2))

# Bound methods taken as values, then called.
lst = [3, 1, 2]
ap = lst.append
ap(9)
print(lst)
d = {"a": 1}
g = d.get
print(g("a"), g("z"), g("z", 0))

# Wrong receivers and arguments raise what the generic call raises.
for f in (lambda: (5).append(1), lambda: "abc".append(1), lambda: (1, 2).pop(), lambda: frozenset([1]).add(2),
          lambda: "a b".split(1), lambda: "abc".strip(5), lambda: "abc".startswith(5), lambda: [1].pop("x"),
          lambda: {}.pop("missing"), lambda: [].pop(), lambda: [1].pop(5), lambda: "a".join([1, 2]),
          lambda: "a".join(5), lambda: {}.get(), lambda: {}.get([1]), lambda: set().add([]),
          lambda: "abc".split(""), lambda: "abc".replace(1, 2), lambda: "abc".find(None), lambda: None.lower(),
          lambda: "abc".count(1), lambda: {1: 2}.setdefault([], 1), lambda: set().pop()):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

# str.split: maxsplit, every kind of whitespace.
ws = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
s = ws.join(["a", "b", "c", "d"])
print(s.split() == ["a", "b", "c", "d"], len(s.split(None)))
print("a\u200bb".split(), "a\ufeffb".split())
for text in ["", "   ", "a", " a ", "a  b c  ", "  a  b  c  ", "x\ty\nz"]:
    print(repr(text), text.split(), text.split(None, 0), text.split(None, 1), text.split(None, 2), text.split(None, -1))
    print(text.split(" "), text.split(" ", 1), text.split("a"), text.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".split(",", 0), "a::b::c".split("::"), "abc".split("abc"))
print([w for w in "  lazy \t split  words ".split()], [w for w in "".split()])
for w in "  for   loop  ":
    pass
for w in "  for   loop  ".split():
    print("word", repr(w))

# splitlines: every line break, keepends.
lines = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm\n"
print(lines.splitlines())
print(lines.splitlines(True))
print([x for x in lines.splitlines()], "".splitlines(), "\n".splitlines(), "x".splitlines())
for line in "one\r\ntwo\n\nthree".splitlines():
    print("line", repr(line))

# Case mapping, including text outside the BMP and special cases.
for t in ["Hello World", "hello", "HELLO", "", "ß straße", "İstanbul", "\U00010400\U00010428 Deseret", "ǅungla", "ﬁne", "123abc", "é", "\U0001F600 smile", "aBc\U00010400"]:
    print(repr(t), repr(t.lower()), repr(t.upper()), repr(t.capitalize()))
print("  \t x y \n ".strip(), "xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), " a ".lstrip(), " a ".rstrip())
print("\x85a\xa0".strip(), "\u3000b\u2000".strip())

# join: lists, tuples, generators, a single item, non-str items.
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join(str(i) for i in range(4)), "-".join(["only"]), "-".join([]))
print("\U0001F600".join(["a", "b"]), len("\U0001F600".join(["a", "b"])))
single = "solo"
print("-".join([single]) is single or True)

# find/count/startswith/endswith/replace with surrogates.
e = "\U0001F600ab\U0001F600cd"
print(e.find("ab"), e.find("cd"), e.find("zz"), e.find(""), e.count("\U0001F600"), e.count("a"))
print(e.startswith("\U0001F600"), e.endswith("cd"), e.replace("\U0001F600", "!"), "aaa".count("aa"), "".count("a"))

# list methods.
l = [1, 2, 3]
l.extend(range(3))
l.insert(0, "first")
l.insert(-1, "before-last")
l.insert(100, "end")
print(l, l.pop(), l.pop(0), l.pop(-2), l.count(1), l)
# dict methods: keys 1 / 1.0 / True are the same key.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, d.get(1), d.get(True), d.get(1.0), d.get(2), d.get(2, "dflt"), d.pop(True), d.pop(1, "gone"))
d = {"a": 1, "b": 2}
print(d.setdefault("a", 9), d.setdefault("c", 3), d, list(d.items()), list(d.keys()), list(d.values()))
print(sorted(d.items()), {k: v for k, v in d.items()})
# set methods.
s = set()
s.add(1)
s.add(1.0)
s.add(True)
s.add("x")
s.discard("x")
s.discard("missing")
print(s, s.pop(), s)

# Mutation during iteration errors.
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
l = [1, 2, 3]
for x in l:
    if len(l) < 6:
        l.append(x * 10)
print(l)

# Counting idiom.
counts = {}
for word in "the cat the dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
