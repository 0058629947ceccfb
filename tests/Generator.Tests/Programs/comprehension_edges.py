# List comprehensions are allocated at the iterable's length when it is known: the result must not depend on it.
l = [1, 2, 3, 4]
print([l.pop() for x in l], l)
l = [1, 2, 3]
print([x for x in l if len(l) < 8 and l.append(x * 10) is None], l)
print([i * i for i in range(0)], [i for i in range(5, 0, -2)], [i for i in range(-3)], len([i for i in range(100000)]))
print([c for c in "héllo\U0001F600"], [k for k in {"a": 1, "b": 2}], [v for v in (1, 2, 3)], [kv for kv in {"a": 1}.items()])
print([x for x in iter([1, 2])], [x for x in (y * 2 for y in range(3))], [x for x in {3, 1, 2}])


def boom(i):
    if i == 3:
        raise ValueError("boom at 3")
    return i


try:
    print([boom(i) for i in range(10)])
except ValueError as e:
    print("ValueError", e)
try:
    print([x for x in range(1.5)])
except TypeError as e:
    print("TypeError", e)
try:
    print([x for x in 5])
except TypeError as e:
    print("TypeError", e)
d = {i: str(i) for i in range(5)}
print([k + 1 for k in d], [v for v in d.values()], [k for k, v in d.items() if v != "2"])
try:
    print([d.pop(k) for k in d])
except RuntimeError as e:
    print("RuntimeError", e)
nested = [[i * j for j in range(i)] for i in range(5)]
print(nested, [x for row in nested for x in row], [f"k{x}" for x in range(3)])
x = "outer"
print([x for x in range(2)], x)
