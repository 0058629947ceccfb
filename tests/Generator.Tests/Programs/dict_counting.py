text = "it was the best of times it was the worst of times"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:4])
by_len = {}
for w in set(text.split()):
    by_len.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
matrix = {(i, j): i * j for i in range(3) for j in range(3)}
print(matrix[(2, 2)], sum(matrix.values()), max(matrix, key=matrix.get))
letters = {}
for ch in "mississippi":
    letters[ch] = letters.get(ch, 0) + 1
print(letters, sorted(letters, key=letters.get, reverse=True))
d = dict.fromkeys(range(3), [])
d[0].append("shared")
print(d)
