# The __dict__ of built-in types: CPython's names in order, None where CPython has None (__hash__ of the unhashable
# types), the methods a program reads from it, and what a class's own __dict__ has beside them.
print(type(list.__dict__).__name__, "append" in list.__dict__, "append" in tuple.__dict__, list.__dict__["__hash__"] is None)
print([t.__name__ for t in (list, dict, set, tuple, frozenset, int, str, object) if t.__dict__.get("__hash__", 0) is None])
print(list(int.__dict__)[:6], len(list.__dict__) == len(list(list.__dict__)))
print(list.__dict__["append"] is not None, list.__dict__["append"]([1], 2) is None)
for t in (list, dict, str, range, type(iter([])), type({}.keys()), type((x for x in ())), object):
    print(t.__name__, [m for m in ("__iter__", "__next__", "__len__", "__contains__", "__reversed__", "__hash__", "send") if m in t.__dict__])


class Mine(list):
    def extra(self):
        return 1


print("extra" in Mine.__dict__, "append" in Mine.__dict__, "__module__" in Mine.__dict__, "__module__" in list.__dict__)
try:
    list.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
