for a in [7, -7, 0, 13, -13]:
    for b in [2, -2, 3, -3, 5]:
        print(a, b, a // b, a % b, divmod(a, b), a // b * b + a % b == a)
for a in [7.5, -7.5]:
    for b in [2, -2, 0.5]:
        print(a, b, a // b, a % b)
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -7, big % -7)
print(2 ** 63 // -1, (-2) ** 63 // -1, -(2 ** 63) % 10)
