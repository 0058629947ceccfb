# cases from CPython's test_listcomps.py (comprehension scoping, PEP 709)
x = 10
print([x for x in range(3)], x)
y = [1, 2]
print([y for _ in range(2)])
def f():
    z = 5
    return [z * i for i in range(3)]
print(f())
def walrus():
    res = [last := v for v in range(4)]
    return res, last
print(walrus())
class C:
    vals = [1, 2, 3]
    doubled = None
print(C.vals)
def nested():
    return [[j for j in range(i)] for i in range(4)]
print(nested())
def shadow_iter():
    i = "outer"
    r = [i for i in "ab"]
    return r, i
print(shadow_iter())
def iter_evaluated_in_enclosing():
    n = 3
    return [n for n in range(n)]
print(iter_evaluated_in_enclosing())
print({k: v for k, v in zip("abc", range(3)) if v}, {c for c in "hello"} == set("helo"))
def cond_comp(xs):
    return [a if a > 0 else -a for a in xs if a != 0]
print(cond_comp([-2, 0, 3]))
print([(a, b) for a in range(3) for b in range(a)])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
def free_in_comp():
    k = 2
    def inner():
        return [k * j for j in range(3)]
    return inner()
print(free_in_comp())
try:
    def bad():
        return [undefined_name for q in range(1)]
    bad()
except NameError as e:
    print(e)
