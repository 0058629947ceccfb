def f(data):
    result = [last := v for v in data if v > 1]
    return result, last

print(f([1, 2, 3, 0]))

total = 0
vals = [total := total + v for v in range(5)]
print(vals, total)

def g():
    seen = [(y := i * 2) for i in range(3)]
    return seen, y

print(g())
if (n := len([1, 2, 3])) > 2:
    print("long", n)
