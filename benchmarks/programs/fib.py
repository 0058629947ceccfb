# Naive doubly recursive Fibonacci: function calls and small-int arithmetic.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for i in range(20, 29):
    total += fib(i)
print(fib(32), total)
