# What an else clause (of for, while, try) or a finally block unbinds is unbound after the statement.

def f():
    x = 1
    for i in range(1):
        pass
    else:
        del x
    print(x)

def g():
    x = 1
    n = 0
    while n < 1:
        n += 1
    else:
        del x
    print(x)

def h():
    x = 1
    try:
        pass
    except ValueError:
        pass
    else:
        del x
    print(x)

def m():
    x = 1
    try:
        pass
    finally:
        del x
    print(x)

def n():
    x = 1
    try:
        raise ValueError
    except ValueError:
        pass
    finally:
        if x:
            del x
    print(x)


def p():
    x = 1
    for i in range(2):
        if i:
            break
    else:
        del x
    print(x)  # the break skipped the else: bound


def q():
    try:
        y = 1
    finally:
        pass
    print(y)  # bound: the finally runs after the body completed


for fn in (f, g, h, m, n, p, q):
    try:
        fn()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
