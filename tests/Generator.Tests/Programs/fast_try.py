d = {1: 2}
def f(d, k):
    try:
        v = d[k]
        print("hit", v)
    except KeyError as e:
        print("miss", repr(e))
    try:
        v = [1, 2][k]
    except (ValueError, LookupError):
        print("lookup")
    it = iter([1])
    while True:
        try:
            x = next(it)
        except StopIteration:
            print("stop")
            break
        print(x)
    try:
        v = d[k]
    except KeyError:
        raise ValueError("inner")
f(d, 1)
try:
    f(d, 5)
except ValueError as e:
    print("ctx", repr(e.__context__))
try:
    v = d["zz"]
except IndexError:
    print("no")
