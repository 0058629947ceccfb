# The utf-16 and utf-8-sig codecs' byte order marks, and the BOM-less utf-16-le/utf-16-be.
for text in ["A", "", "h\xe9llo \u20ac \U0001f600"]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "UTF_16", "utf16"]:
        data = text.encode(enc)
        print(enc, data, data.decode(enc) == text)
for data, enc in [(b"\xff\xfeA\x00", "utf-16"), (b"\xfe\xff\x00A", "utf-16"), (b"A\x00", "utf-16"), (b"\xff\xfeA\x00", "utf-16-le"),
                  (b"\xef\xbb\xbfhi", "utf-8-sig"), (b"hi", "utf-8-sig"), (b"\xef\xbb\xbfhi", "utf-8")]:
    print(enc, data, repr(data.decode(enc)))
for data, enc in [(b"\xff\xfeA", "utf-16"), (b"\xfe\xff\xd8\x00\x00A", "utf-16"), (b"\x00\xd8", "utf-16-le"), (b"\xdc\x00", "utf-16-be"),
                  (b"\xef\xbb\xbf\xff", "utf-8-sig")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(enc, e.start, e.end, e.reason, e.object)
with open("u16.txt", "w", encoding="utf-16") as f:
    f.write("ab")
    f.write("c\n")
with open("u16.txt", "rb") as f:
    print(f.read())
with open("u16.txt", encoding="utf-16") as f:
    print(repr(f.read()))
with open("sig.txt", "w", encoding="utf-8-sig") as f:
    f.write("x")
    f.write("y")
with open("sig.txt", "rb") as f:
    print(f.read())
with open("sig.txt", encoding="utf-8-sig") as f:
    print(repr(f.read()))
