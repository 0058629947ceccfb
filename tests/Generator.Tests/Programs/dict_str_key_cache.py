# Dicts remember the entry of the last str key found: equal keys built separately, deletions, resizes and
# keys of other types must all still find the right entry.
d = {}
words = "a b a c b a d e f g h i j k l m n o p a".split()
for w in words:
    d[w] = d.get(w, 0) + 1
print(d)
k1 = "".join(["x", "y"])
k2 = "x" + "y"
d[k1] = 1
d[k2] += 1
print(d["xy"], k1 in d, "yx" in d)
del d["xy"]
print("xy" in d, d.get("xy"), d.get(k1, "gone"))
d["xy"] = "back"
print(d["xy"], list(d)[-1])
for i in range(100):
    d[str(i)] = i
    d["a"] = d["a"] + 1
print(d["a"], d["50"], len(d))
d.pop("a")
print(d.get("a"), "a" in d)
m = {1: "int", "1": "str", 1.5: "float", None: "none", (1, "a"): "tuple"}
print(m[1], m["1"], m[True], m[1.0], m[1.5], m[None], m[(1, "a")], m.get("1.5"))
m.clear()
print(m.get("1"), m)
try:
    print(m["1"])
except KeyError as e:
    print("KeyError", e)
