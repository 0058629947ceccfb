# Pi digits by Gibbons' unbounded spigot: big-integer multiply, add and divide.


def pi_digits(count):
    digits = []
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits


digits = pi_digits(4000)
text = "".join([str(d) for d in digits])
for i in range(0, 100, 50):
    print(text[i:i + 50])
print(len(text), sum(digits), text[-20:])
