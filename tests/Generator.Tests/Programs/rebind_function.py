def f(x):
    return x + 1

def g(x):
    return x * 100

print(f(1))
saved = f
f = g
print(f(1))
f = saved
print(f(1))

def use_f(v):
    return f(v)

print(use_f(5))
f = lambda_like = g
print(use_f(5))

def f(x):
    return "redefined " + str(x)

print(f(3), use_f(3))
