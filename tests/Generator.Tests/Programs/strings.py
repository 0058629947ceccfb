s = "Hello"
t = "World"
print(s + ", " + t + "!")
print(s * 3, 2 * "ab", "-" * 10)
print(len(s), len(""), len(s + t))
print(s.upper(), s.lower(), t.upper().lower())
print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]))
print(str(42), str(3.5), str(True), str(None), repr("hi"), repr(7))
print(repr("it's"), repr('say "x"'), repr("a\nb\tc\\"))
print(s[0], s[-1], s[1:3], s[::-1], s[:2], s[3:])
print("ell" in s, "xyz" in s)
print(str(1) + str(2), int("12") + 3)
words = ["alpha", "beta", "gamma"]
print(" ".join(words).upper())
print("a" < "b", "abc" < "abd", "Z" < "a", "abc" == "abc")
b = b"bytes\x00\xff"
print(b, len(b), b[0], b"ab" + b"c", ..., type(...).__name__)
