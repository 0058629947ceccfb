# The closest local variable wins over a closer global or builtin (suggestions.c looks at locals first).
totals = 0


def add(values):
    total = 0
    for v in valuez:
        total += v
    return total


print(add([1, 2]))
