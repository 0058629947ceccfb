def down(n):
    return down(n + 1) + 1

def f(n):
    if n == 0:
        return 0
    return f(n - 1) + 1

try:
    down(0)
except RecursionError as e:
    print("rec", e)
print(f(500))
def g(n, acc):
    if n == 0:
        return acc
    return g(n - 1, acc + [n])
try:
    g(10**7, [])
except RecursionError as e:
    print("rec2", e)
print(len(g(100, [])))
