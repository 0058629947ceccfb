# Short str results shared between equal values (a + b, split(), lower()/upper()/capitalize() of ASCII):
# values, lengths around the 16-char limit, empty operands, non-ASCII and astral text, table eviction,
# and CPython's own identity guarantees that remain observable ("" + s is s, s.split() of one word).

SYL = ["ka", "lo", "mi", "", "é", "😀", "ÄB", "x" * 7, "y" * 9]

# Concatenation of every pair, lengths 0..18 chars (surrogate pairs count as one code point).
made = []
for a in SYL:
    for b in SYL:
        s = a + b
        made.append(s)
        t = a
        t += b
        assert s == t and len(s) == len(a) + len(b), (a, b)
print(len(made), sorted(set(made))[:6], [len(m) for m in made[:20]])

# The empty string leaves the other operand itself (CPython does the same for exact strs).
w = "word" * 3
print(("" + w) is w, (w + "") is w, ("" + "") == "")

# Boundary: 16 and 17 chars, built two ways, compare and hash the same.
for n in (15, 16, 17, 18):
    left = "ab" * (n // 2) + "c" * (n % 2)
    built = ""
    for ch in left:
        built += ch
    print(n, built == left, hash(built) == hash(left), len({built: 1, left: 2}))

# Words of split(): whitespace of every kind, words up to 20 chars, non-ASCII.
text = "alpha  beta\tgamma\nDELTA\x1cé\x1d😀x\x1e\x1fy\x85z\u3000omega " + "q" * 16 + " " + "r" * 17 + " alpha"
words = text.split()
print(words, len(words))
print(text.split(None, 3)[-1][:12], text.split(" ")[:4], "a,b,,c".split(","), "one".split(",")[0] == "one")
counts = {}
for line in (text + "\n" + text.upper()).splitlines():
    for word in line.split():
        w = word.lower().strip()
        counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))

# Case mappings: ASCII fast paths and the full Unicode rules beyond them.
for s in ["abc", "ABC", "aBc", "Abc", "", "x", "MiXeD123", "a" * 16, "B" * 17, "İx", "ß", "straße", "ΑΣ", "ΑΣ Β", "ǅa", "ﬁx", "😀a", "Σ"]:
    print(repr(s), repr(s.lower()), repr(s.upper()), repr(s.capitalize()), s.lower() == s.lower().lower())

# More distinct short strings than any cache holds: values stay exact after eviction.
seen = set()
total = 0
for i in range(30000):
    k = "k" + str(i % 20000)
    seen.add(k)
    total += len(k)
print(len(seen), total, "k19999" in seen, "k20000" in seen)
big = " ".join("w" + str(i) for i in range(5000)).split()
print(len(big), len(set(big)), big[4999], sorted(big)[:3])

# Final sigma (CPython's handle_capital_sigma) in lower(), capitalize(), title() and swapcase().
for s in ["ΟΔΟΣ", "ΟΔΟΣ.", "ΟΔΟΣ'Α", "Σ", "ΑΣΑ", "Α.Σ", "ΑΣ\u0301", "ΑΣ\u0301Β", " Σ ", "aΣ", "ΣΑΣ ΣΑΣ", "ΑΣ1"]:
    print(repr(s.lower()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
