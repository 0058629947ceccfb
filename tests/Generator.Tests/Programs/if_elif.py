def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in [-5, 0, 5, 50]:
    print(v, classify(v))

x = 3
if x:
    print("x truthy")
if not x:
    print("no")
else:
    print("else branch")
y = "yes" if x > 2 else "no"
print(y)
if []:
    print("empty list truthy?")
elif [0]:
    print("non-empty list")
