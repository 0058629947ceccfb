def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

best = 0
best_n = 0
for n in range(1, 3000):
    c = collatz_len(n)
    if c > best:
        best = c
        best_n = n
print(best_n, best)
