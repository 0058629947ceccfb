matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [v for row in matrix for v in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
evens = [v for row in matrix for v in row if v % 2 == 0]
print(evens)
labels = ["even" if v % 2 == 0 else "odd" for v in flat]
print(labels)
print([x for x in [y for y in range(10) if y > 3] if x < 8])
print(len([1 for _ in range(100)]))
i = 42
print([i for i in range(3)], i)
print([[i, j] for i in range(2) for j in range(i, 3)])
print(sum([v * v for v in range(10)]))
