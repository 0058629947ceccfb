d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d), list(d.values()))
d["z"] = 10
print(list(d.items()))
del d["a"]
d["a"] = 4
print(list(d))
e = dict(b=1, a=2)
print(e, {**e, "b": 3}, dict(e, c=5), dict(sorted(e.items())))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({3: 0, 1: 0, 2: 0}.keys()), {x: x * x for x in (3, 1, 2)})
f = {"x": 1}
f.update(x=2)
f |= {"y": 3}
print(f, f.keys() == {"x", "y"}, len(f), bool({}), {} == dict())
print(dict.fromkeys(["a", "b"]), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), list(zip(*{"a": 1, "b": 2}.items())))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts.items(), key=lambda kv: kv[1]), [k for k, v in counts.items() if v == 1])
g = {i: str(i) for i in range(5)}
for k in list(g):
    if k % 2:
        del g[k]
print(g, 2 in g, "2" in g, g.get(3, "gone"))
