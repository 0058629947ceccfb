for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
else:
    print("outer done")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while True:
    i += 1
    if i > 5:
        break
    if i % 2:
        continue
    print("even", i)
else:
    print("never")
count = 0
while count < 3:
    count += 1
else:
    print("while else", count)
for x in []:
    print("never")
else:
    print("empty for else")
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)
data = {"x": 1, "y": 2}
for k in data:
    print(k, data[k])
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
for i in range(10, 0, -4):
    print(i, end=" ")
print()
