print("apple" < "banana", "Apple" < "apple", "a" * 3 == "aaa", "abc" in "xabcx", "" in "abc", "ab" not in "ba")
print(sorted(["b", "B", "a", "A", "_", "1"]), min(["zeta", "alpha"]), max("hello world".split(), key=len))
print(str(123).zfill(6), "-5".zfill(4), "+5".zfill(4), "abc".zfill(5))
print(repr(str(3.0)), repr(str(True)), str(None) + "!", str([1, "2"]), str({"a": [1]}), str(("x",)))
print(len("hello"), "hello".upper().lower(), "Hello"[0].islower(), "ß".upper(), "ﬁ".upper(), "Σίσυφος".upper())
print("%s" % [1, 2], "%s and %s" % ("a", "b"), "%r" % "q", "%5.1f%%" % 99.5, "%x|%X|%#x|%o|%#o" % (255, 255, 255, 8, 8))
print("%d" % True, "%s" % None, "%.2s" % "abc", "%*d" % (5, 42), "%-*d|" % (5, 42), "%e" % 0.000123)
print("{:,}".format(-1234567.891), "{:_x}".format(2 ** 32), "{:=+8d}".format(42), "{:0>5}".format("7"), "{!r:^9}".format("c"))
x = 3
print(f"{x:{x}}", f"{x!r}", f"{'a' 'b'}", f"{x:>{x + 2}}|", f"{[x] * 2}", f"{ x }", f"{x=:>4}")
s = "multi"
print(f"""{s}
line""", f"{s[1:3]}", f"{s.upper()!r}", f"{len(s):03}", f"{'{'}{'}'}")
