inventory = {
    "fruits": [{"name": "apple", "qty": 5}, {"name": "pear", "qty": 0}],
    "veg": [{"name": "kale", "qty": 2}],
}
for cat, items in sorted(inventory.items()):
    in_stock = [i["name"] for i in items if i["qty"] > 0]
    print(cat, in_stock, sum([i["qty"] for i in items]))
inventory["veg"].append({"name": "leek", "qty": 7})
print(max([i for items in inventory.values() for i in items], key=lambda i: i["qty"]))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed, [sum(r) for r in matrix], sum([sum(r) for r in matrix]), [matrix[i][i] for i in range(3)])
flat = [x for row in matrix for x in row]
print(flat, flat[::4])
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
print("\n".join(["".join(r) for r in grid]))
bad = [["."] * 2] * 2
bad[0][0] = "X"
print(bad)
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": []}]}]}
def total(t):
    return t["v"] + sum([total(k) for k in t["kids"]])
print(total(tree))
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "sf")]
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append((age, name))
print({c: sorted(v) for c, v in sorted(by_city.items())})
print(sorted(people, key=lambda p: (-p[1], p[0])), [p[0] for p in people if p[2] == "sf"])
