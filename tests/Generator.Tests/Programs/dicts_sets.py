d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["b"], "a" in d, "z" in d)
counts = {}
for ch in "mississippi":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts)
squares = {n: n * n for n in range(5)}
print(squares)
s = {3, 1, 2}
print(len(s), 2 in s, 5 in s)
evens = {x for x in range(10) if x % 2 == 0}
print(sorted(evens))
inverted = {v: k for k, v in d.items()}
print(inverted)
