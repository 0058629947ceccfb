d = {"b": 2, "a": 1, "c": 3}
print(d, list(d), d.keys(), d.values(), d.items())
ks = d.keys()
d["z"] = 26
print(ks, len(ks), "z" in ks, 26 in d.values(), ("a", 1) in d.items())
print(d.keys() & {"a", "q"}, sorted(d.keys() | {"q"}), sorted(d.keys() - {"a"}))
print(d.get("q"), d.get("q", 0), d.setdefault("a", 100), d.setdefault("n", 0), d.pop("n"), d.pop("q", "dflt"))
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("w", 0)])
print(d, sorted(d), sorted(d, key=d.get))
del d["x"]
print(dict.fromkeys("abc", 0), dict(a=1, b=2), dict([(1, 2)]), dict(zip("xy", [1, 2])), {**d, "b": 99})
print(d | {"new": 1}, {k: v for k, v in d.items() if v > 1})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    for k in d:
        d["added"] = 1
except RuntimeError as e:
    print(e)
e = {1: "int", 1.0: "float", True: "bool"}
print(e, len(e))
print(list(reversed(d)), list(reversed(d.items()))[:2], d == dict(d), d.copy() is d)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, {(1, 2): "tuple key"}[(1, 2)])
