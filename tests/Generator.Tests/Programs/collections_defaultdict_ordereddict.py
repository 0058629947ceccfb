# collections.defaultdict and OrderedDict (cases from CPython's Lib/test/test_defaultdict.py and test_ordered_dict.py).
from collections import defaultdict, OrderedDict, deque

d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, d["a"], len(d), d.default_factory, dict(d), isinstance(d, dict), d.get("c"), "c" in d)
groups = defaultdict(set)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].add(word)
print(sorted((k, sorted(v)) for k, v in groups.items()))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, repr(defaultdict()), defaultdict(None, {1: 2}), defaultdict(int, a=1))
d2 = counts.copy()
d2["z"] += 5
print(type(d2).__name__, d2.default_factory, d2["z"], "z" in counts)
e = defaultdict()
try:
    e["missing"]
except KeyError as ex:
    print("KeyError", ex)
try:
    defaultdict(5)
except TypeError as ex:
    print("TypeError", ex)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print(nested["x"]["y"], dict(nested["x"]))
print(defaultdict(list, {"k": [1]}) | {"j": [2]}, {"j": [2]} | defaultdict(list, {"k": [1]}))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()), list(reversed(od)))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as ex:
    print("KeyError", ex)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 != o2, o1 == {"y": 2, "x": 1}, dict(o1) == dict(o2), o1 == o1.copy(), repr(OrderedDict()))
print(OrderedDict.fromkeys("abc", 0), OrderedDict(a=1, b=2), OrderedDict({"q": 1}), o1 | {"z": 3}, type(o1 | {"z": 3}).__name__)
o1 |= {"w": 4}
print(o1, o1.setdefault("v", 5), o1.pop("x"), o1, o1.get("y"), len(o1))
try:
    OrderedDict().popitem()
except KeyError as ex:
    print("KeyError", ex)
o3 = OrderedDict(a=1)
o3.update([("b", 2)], c=3)
o3.update({"a": 10})
print(o3, isinstance(o3, dict), repr(type(o3)))
q = deque([1, 2, 3])
q.appendleft(0)
print(q, repr(type(q)))
