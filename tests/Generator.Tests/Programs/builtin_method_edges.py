# Built-in methods read from their types and given edge arguments: int.__repr__ of a bool, bytes.startswith and
# endswith with a tuple (found while writing json).
print(int.__repr__(True), int.__str__(False), int.__repr__(5))
print(b"abc".startswith((b"x", b"a")), b"abc".endswith((b"x", b"bc")), b"abc".startswith((b"x",)))
try:
    b"abc".startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
print(b"abc".startswith(()), b"abc".endswith((b"c", "x")))
for bad in [(b"x", "a"), ("a",)]:
    try:
        b"abc".startswith(bad)
    except TypeError as e:
        print("TypeError:", e)
