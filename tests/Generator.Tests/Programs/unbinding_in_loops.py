# A name a loop body (or a try body, before its handlers) may unbind is not certainly bound at the next
# iteration (or in the handler), wherever the `del` or `except ... as` sits: inside with, try, match, nested loops.

class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def del_in_with():
    x = 1
    for i in range(2):
        print(x)
        with CM():
            del x


def del_in_try_finally():
    x = 1
    while True:
        print(x)
        try:
            del x
        finally:
            pass


def del_in_match(v):
    x = 1
    for i in range(2):
        print(x)
        match v:
            case 0:
                del x


def del_in_except():
    x = 1
    for i in range(2):
        print(x)
        try:
            raise KeyError
        except KeyError:
            del x


def except_as_unbinds():
    x = 1
    for i in range(2):
        print(x)
        try:
            raise ValueError("v")
        except ValueError as x:
            pass


def tuple_del():
    a = b = 1
    for i in range(2):
        print(a, b)
        if i == 0:
            with CM():
                del (a, [b])


def del_before_handler():
    x = 1
    try:
        with CM():
            del x
        raise KeyError
    except KeyError:
        print(x)


def except_as_before_handler():
    e = 1
    try:
        try:
            raise ValueError
        except ValueError as e:
            pass
        raise KeyError
    except KeyError:
        print(e)


def del_in_nested_def_is_not_ours():
    x = 1
    for i in range(2):
        def inner():
            x = 2
            del x
        inner()
        print(x)


def gen_del_in_with():
    x = 1
    for i in range(2):
        yield x
        with CM():
            del x


for f in (del_in_with, del_in_try_finally, lambda: del_in_match(0), del_in_except, except_as_unbinds, tuple_del,
          del_before_handler, except_as_before_handler, del_in_nested_def_is_not_ours, lambda: print(list(gen_del_in_with()))):
    try:
        f()
    except (UnboundLocalError, NameError) as e:
        print(type(e).__name__, e)
