a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = y = z = 7
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, second = "ab"
print(first, second)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
m, n = divmod(17, 5)
print(m, n)
