i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
else:
    print("no else: broke out")
print(i, total)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)

a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)

k = 3
while k:
    k -= 1
    print("k", k)
else:
    print("loop ended normally")

outer = 0
while outer < 3:
    inner = 0
    while True:
        inner += 1
        if inner >= outer:
            break
    print(outer, inner)
    outer += 1
