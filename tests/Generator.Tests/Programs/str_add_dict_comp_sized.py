class S:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return "R" + o + self.v
    def __str__(self): return "S" + self.v
a = "ab"; b = "cd"
print(a + b, a + "", "" + b)
a += b
print(a)
print("x" + S("y"))
try:
    "x" + 1
except TypeError as e:
    print(e)
try:
    1 + "x"
except TypeError as e:
    print(e)
s = ""
for i in range(5):
    s += str(i)
print(s)
d = {k: k * 2 for k in [3, 1, 3, 2, 1]}
print(d)
d2 = {k % 4: k for k in range(100)}
print(d2, len(d2))
d3 = {c: i for i, c in enumerate("hello")}
print(d3)
d4 = {k: v for k, v in {"z": 1, "a": 2}.items()}
print(d4)
big = {i: i for i in range(70000)}
print(len(big), list(big)[:3], list(big)[-1])
e = {x: x for x in []}
print(e)
print({x: x for x in range(10) if x % 2})
