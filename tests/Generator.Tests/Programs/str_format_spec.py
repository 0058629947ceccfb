vals = [0, 1, -1, 3.14159, -2.5, 1e10, 1.5e-7, 123456789]
specs = ["", "10", "<10", ">10", "^10", "+", " ", "010", ".3", ".3f", ".3e", ".3g", ",", "_", "e", "g", "%", ".1%", "+.2f", "=+10.2f"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ERR:" + str(e))
    print(v, out)
for s in ["", "10", "<10", ">10", "^10", ".2", "*^9", "-<6"]:
    print(repr(format("abc", s)))
for s in ["x", "X", "o", "b", "#x", "#o", "#b", "c", "d", "n", "08b", "_b", ",d", "#010x"]:
    print(s, format(65, s))
try:
    format("abc", "d")
except ValueError as e:
    print(e)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format(3, ".2s")
except ValueError as e:
    print(e)
print(f"{'nested':{'>'}{10}}", f"{3.14159:{'.'}{2}f}", f"{{}}", f"{1+1=}", f"{'x'!r:>5}")
