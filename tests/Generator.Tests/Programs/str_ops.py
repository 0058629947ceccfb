s = "Python"
print(s * 0, s * -1, len(s * 3), s + "")
parts = ["a", "b", "c"]
print("|".join(parts), ", ".join([str(i) for i in []]), "x".join("abc"))
print("MiXeD".upper(), "MiXeD".lower(), "abc".upper() == "ABC")
print(len("héllo"), len("日本語"), "日本" + "語")
print(str(123) * 2, repr(str(1.5)), str(-0.0), str(10 ** 20))
print("a" + "b" * 3 + "c")
print("abc" < "abd" < "abe", "b" > "a" > "A")
msg = ""
for i in range(5):
    msg = msg + str(i)
print(msg, len(msg))
print(f"{s!r:>10}|{s:<8}|{s:*^10}")
print("tab\there", "new\\nline")
print("quote's", 'dq"s', repr("both'\""))
