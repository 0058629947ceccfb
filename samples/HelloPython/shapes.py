# A second module: hello.py imports it, and both compile into the same program.
def area_table(radii):
    pi = 3.141592653589793
    rows = [f"r={r:<4} area={pi * r * r:9.3f}" for r in radii]
    return "\n".join(rows)
