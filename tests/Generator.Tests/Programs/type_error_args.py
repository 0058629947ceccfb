def f(a, b):
    return a + b

print(f(1, 2))
g = f
print(g(b=10, a=1))
print(g(1, 2, 3))
