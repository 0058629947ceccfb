def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def big(n):
    x = 1
    for i in range(n):
        x = x * 3
    return x

def fdiv(a, b):
    return a // b, a % b

def fd(a, b):
    q = a // b
    return q

def md(a, b):
    return a % b

def tdiv(a, b):
    return a / b

def mix(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def mixed(n):
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return s

def noret(n):
    if n > 0:
        return n

def fl(n):
    x = 1.5
    return x * n

def sq(n):
    x = n
    x = "s"
    return n

print(fib(20), fib(True), fib(-3), fib(2**70 - 2**70 + 10))
print(big(100))
print(big(10))
for a in (7, -7):
    for b in (2, -2):
        print(fd(a, b), md(a, b), tdiv(a, b))
print(fd(-2**63, -1), md(5, 0) if False else 0)
try:
    fd(1, 0)
except ZeroDivisionError as e:
    print("zde", e)
try:
    tdiv(1, 0)
except ZeroDivisionError as e:
    print("zde", e)
print(tdiv(2**60 + 1, 3), tdiv(10, 4))
print(mix(3, 4), mixed(10), noret(0), noret(5), fl(3), sq(4))
print(True + True, fib(3) * 1.0)


def g(n):
    return n + 1


def h(n):
    return g(n) * 2


def near(a):
    return a < 9007199254740993.0


def neg(a):
    return -a


print(h(3))
g = lambda n: n - 1
print(h(3))
print(near(9007199254740993), near(2**53 + 1), neg(-2**63), neg(5), h(2**62))
print(mixed(2**20), tdiv(1, 3), tdiv(-1, 3), tdiv(2**53 + 1, 1))
