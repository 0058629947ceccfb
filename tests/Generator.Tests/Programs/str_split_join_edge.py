tests = ["", " ", "a", " a b ", "a,b,c", ",a,,b,", "a\tb\nc  d", "  leading", "trailing  "]
for s in tests:
    print(repr(s), s.split(), s.split(","), s.split(" "), s.rsplit(None, 1), s.split(",", 1))
print("".join([]), ",".join(["a"]), ", ".join(map(str, [1, 2.5, None])))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
print("a b c".split(maxsplit=1), "a,b,c".rsplit(",", maxsplit=1), "1.2.3".partition("."), "1.2.3".rpartition("."))
print("abc".startswith(""), "abc".endswith("c", 0, 3), "abc".startswith("b", 1), "abcabc".count("bc", 2), "aaa".count("aa"))
print("hello world".title(), "HELLO".capitalize(), "they're bill's".title(), "a-b_c d".title())
print("x".center(4), "x".center(4, "*"), "ab".center(5, "-"), "abc".ljust(2), "%-4s|" % "ab", "%4s|" % "ab")
print("tab\tsep".expandtabs(), "12\t345\t6".expandtabs(4), "no tabs".expandtabs(2))
print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x\r\ny\rz".splitlines())
print("Hello".replace("", "-"), "aaa".replace("a", "b", 0), "abc".replace("z", "y"), "abab".replace("ab", "c", 1))
print("abc".find(""), "abc".rfind(""), "abc".find("c", -1), "abc".index("a", 0, 1), "abc"[-1:-4:-1])
