s = "héllo wörld 😀 𝔘𝔫𝔦"
print(s, len(s), s[12], s[-1], s[::-1])
print([hex(ord(c)) for c in "a😀é"])
print(s.upper(), s.encode("utf-8")[:20], len(s.encode("utf-8")))
print("😀" * 3, "x😀y".index("y"), "x😀y".find("😀"), "😀" in s, s.count("𝔫"))
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\x00\x7f\u200b"), ascii("é😀"))
print("straße".upper(), "ǅ".lower(), "ß".casefold(), "İ".lower(), len("İ".lower()))
print("a😀b".split("😀"), "😀".join(["x", "y"]), "  😀 ".strip(), "😀abc"[1:], list("a😀"))
print(str(chr(0x10FFFF).encode("utf-8")), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
print(f"{'😀':>4}|", "{:^5}".format("😀"), "%3s|" % "😀", "😀".center(5, "-"))
for c in "a1 Ω٣😀":
    print(repr(c), c.isalpha(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable())
print(sorted(["b", "a", "😀", "é", "Z"]), max("a😀é"))
