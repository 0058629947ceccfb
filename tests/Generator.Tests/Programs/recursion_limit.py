def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))

def hanoi(n, a, b, c):
    if n == 0:
        return 0
    return hanoi(n - 1, a, c, b) + 1 + hanoi(n - 1, c, b, a)

print(hanoi(10, "A", "B", "C"))

def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)

print(count_paths(8, 8))

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(100), is_odd(7), is_even(7))
