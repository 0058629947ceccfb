words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(set(words)), max(words, key=len), words.count("the"))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(" ".join([w.capitalize() for w in words]))
acronym = "".join([w[0].upper() for w in words])
print(acronym)
s = "abracadabra"
print(s.replace("a", ""), s.split("a"), s.index("c"), [i for i, c in enumerate(s) if c == "a"])
print("%-10s|%10s|" % ("left", "right"), "{:-^20}".format(" mid "))
print(str(1) + str(2.5) + str(None) + str([1, "a"]) + str((1,)) + str({"k": 1}))
print(repr("multi\nline"), "a\\b", r"raw\n", len(r"\n"), "con" "cat", """tri
ple""")
print("abc".encode(), b"abc".decode(), bytes([65, 66]), b"ab" + b"cd", b"x" * 3, list(b"AB"), b"abc"[1], b"abc"[1:])
print(str.upper("x"), "".join(map(str, range(5))), "a".join("xyz"), "CSV,line,here".lower().split(","))
