d = {"a": 1}
def get(k):
    return d[k]
print(get("a"))
print(get("zz"))
