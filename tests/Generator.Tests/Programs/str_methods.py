s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.find("z"), s.startswith("Hell"), s.endswith(("x", "ld")))
print(s.split(", "), s.split(), "a,b,,c".split(","), "a b  c".split(None, 1), "a-b-c".rsplit("-", 1), "x".split("x"))
print("  pad  ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip(), "\tt\n".strip())
print(s.replace("l", "L"), s.replace("l", "L", 2), "-".join(["a", "b", "c"]), "".join(reversed("abc")))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("a1".isalnum(), "abc".isalpha(), "123".isdigit(), "   ".isspace(), "Ab".isupper(), "ab".islower(), "Title Case".istitle())
print("line1\nline2\r\nline3".splitlines(), "a\tb".expandtabs(4), "abc".partition("b"), "abc".rpartition("x"))
print("hello"[1:4], "hello"[::-1], "hello"[-3:], "hello"[::2], "hello"[10:], "ab" * 3, "a" in "cat")
print(s.removeprefix("Hello"), s.removesuffix("World"), "%s" % s.encode(), str(b"bytes", "ascii"))
try:
    s.index("z")
except ValueError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
print(ord("A"), chr(97), chr(0x1F600), ord("€"), "abc" < "abd", "Z" < "a", min("hello"), sorted("banana"))
