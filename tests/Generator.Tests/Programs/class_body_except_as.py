class A:
    try:
        x = 1 // 0
    except ZeroDivisionError as e:
        msg = str(e)
        print(type(e).__name__)
    print(msg)
    try:
        raise KeyError("k")
    except KeyError as e:
        del e
    print('after')
print(A.msg, hasattr(A, "e"))


class B:
    for k in range(3):
        try:
            if k == 1:
                raise ValueError(k)
        except ValueError as err:
            seen = err.args
print(B.seen, B.k, hasattr(B, "err"))
