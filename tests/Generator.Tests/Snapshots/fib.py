def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


squares = [x * x for x in range(5) if x % 2 == 0]
print(f"{fib(20)=} {squares!r:>20}")
