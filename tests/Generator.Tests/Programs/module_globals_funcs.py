LIMIT = 5
results = []

def record(v):
    results.append(v)

def compute():
    for i in range(LIMIT):
        record(i * i)
    return len(results)

print(compute())
print(results)
LIMIT = 2
print(compute(), results)

def shadow_builtin():
    len = 3
    return len

print(shadow_builtin(), len([1, 2]))

def uses_max(a, b):
    return max(a, b)

print(uses_max(3, 9))
max = min
print(uses_max(3, 9))
del max
print(uses_max(3, 9))
