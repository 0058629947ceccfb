def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1), append_to(2))

def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe(1), safe(2))
n = 10
def uses_n(a=n):
    return a
n = 20
print(uses_n(), n)

def counter(start=0, step=1):
    return list(range(start, start + 5 * step, step))

print(counter(), counter(5), counter(step=2), counter(1, 3))
print(append_to.__defaults__[0] is append_to([]))
print(counter.__name__, uses_n.__defaults__)
