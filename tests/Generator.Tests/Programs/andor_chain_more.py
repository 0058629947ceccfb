def t(v):
    print("t", v)
    return v

r = t(1) and t(2) and t(0) and t(3)
print("r", r)
r = t(0) or t("") or t(None) or t("x") or t("y")
print("r", r)
r = (t(1) or t(2)) and (t(0) or t(5))
print("r", r)
print(1 < 2 and 2 < 3, 1 < 2 or 1 / 0, 0 and 1 / 0)
a = [] or {} or ()
print(a, type(a) is tuple)
if t(0) or t(1) and t(2):
    print("cond true")
x = not (t(1) and t(0))
print(x)
y = t(0) if t(1) and not t(0) else t(2)
print(y)
print(0 < t(1) < 2 < t(3) < 4)
print(5 < t(1) < t(3))
