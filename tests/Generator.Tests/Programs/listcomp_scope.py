x = "outer"
squares = [x * x for x in range(5)]
print(squares)
print(x)

def f():
    y = "local"
    vals = [y for y in range(3)]
    print(vals, y)
    z = [[i * j for j in range(3)] for i in range(3)]
    print(z)
    w = [i for i in range(10) if i % 2 == 0 if i > 2]
    print(w)
    pairs = [(i, j) for i in range(3) for j in range(i)]
    print(pairs)
    return vals

f()
try_name = [n for n in range(3)]

def g():
    items = [1, 2, 3]
    return [items for items in items]

print(g())

def h():
    a = 10
    return [a + b for b in range(3)]

print(h())
print({k: k * k for k in range(4)})
print(sorted({c for c in "hello"}))
print([[x for x in range(y)] for y in range(4)])
