# The code after `while True:` runs when a break of that loop sits anywhere in its body (inside with,
# try/finally, try/except, match, a nested loop's else clause), and a name bound only after it is then unbound.

class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def via_with():
    while True:
        with CM():
            break
    print(y)
    y = 2


def via_try_finally():
    while True:
        try:
            break
        finally:
            print("finally runs")
    print(y)
    y = 2


def via_try_except():
    while True:
        try:
            raise ValueError
        except ValueError:
            break
    print(y)
    y = 2


def via_try_else():
    while True:
        try:
            pass
        except ValueError:
            pass
        else:
            break
    print(y)
    y = 2


def via_for_else():
    while True:
        for i in range(3):
            pass
        else:
            break
    print(y)
    y = 2


def via_nested_loops():
    n = 0
    while True:
        n += 1
        while True:
            if n > 2:
                break
            n += 1
        if n > 5:
            break
        while n < 10:
            n += 1
            break
    print(n)
    print(y)
    y = 2


def via_match(v):
    while True:
        match v:
            case 1:
                break
            case _:
                v = 1
    print(y)
    y = 2


def via_while_else():
    while True:
        while False:
            pass
        else:
            break
    print(y)
    y = 2


def inner_break_only():
    # The only break ends the inner loop: the outer one never finishes, so nothing after it runs.
    count = 0
    while True:
        count += 1
        for i in range(10):
            break
        if count == 3:
            return count
    print("not reached")


def after_loop_bound():
    while True:
        with CM():
            x = 1
            break
    print(x)


def gen_with():
    while True:
        with CM():
            yield 1
            break
    yield y
    y = 2


for f in (via_with, via_try_finally, via_try_except, via_try_else, via_for_else, via_nested_loops,
          via_while_else, lambda: via_match(0)):
    try:
        f()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
print(inner_break_only())
after_loop_bound()
try:
    print(list(gen_with()))
except UnboundLocalError as e:
    print(type(e).__name__, e)
