evens = {x for x in range(10) if x % 2 == 0}
threes = set(range(0, 10, 3))
print(sorted(evens | threes), sorted(evens & threes), sorted(evens - threes), sorted(evens ^ threes))
print(evens > {0, 2}, {0, 2} < evens, evens >= evens, evens > evens, threes.isdisjoint({1, 2}), {1}.issubset([1, 2]))
s = set()
for w in "the cat and the hat and the bat".split():
    s.add(w)
print(sorted(s), len(s))
seen, dups = set(), set()
for x in [1, 2, 3, 2, 4, 1, 5]:
    (dups if x in seen else seen).add(x)
print(sorted(seen), sorted(dups))
a = {1, 2, 3}
a.update([4, 5], {6})
a.difference_update({1})
a.intersection_update(range(2, 6))
a.symmetric_difference_update({5, 9})
print(sorted(a), a.copy() == a, a.pop() in {2, 3, 4, 9} if False else len(a))
fs = frozenset("abc")
print(sorted(fs), fs == set("cba"), hash(fs) == hash(frozenset("bca")), sorted(fs | {"d"}), type(fs & {"a"}).__name__)
try:
    fs.add("x")
except AttributeError as e:
    print(e)
print(set([1, 2]) == {2, 1}, {1, 2} != {1}, sorted({(1, 2), (1, 2), (2, 1)}), {None, False, 0} == {None, False})
