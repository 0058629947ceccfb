# yield inside nested loops, if/elif/else, while/else, for/else, break and continue.
def grid(w, h):
    for y in range(h):
        for x in range(w):
            if (x + y) % 3 == 0:
                continue
            elif x == y:
                yield "diag", x
            else:
                yield x, y
        if y == 2:
            break


print(list(grid(3, 5)))


def search(rows, target):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v == target:
                yield (i, j)
                break
        else:
            yield ("miss", i)
    else:
        yield "end"


print(list(search([[1, 2], [3, 4], [2, 2]], 2)))


def collatz(n):
    while n != 1:
        yield n
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
    else:
        yield 1


print(list(collatz(6)))


def words(text):
    word = ""
    for ch in text:
        if ch.isalpha():
            word += ch
        elif word:
            yield word
            word = ""
    if word:
        yield word


print(list(words("  hello, generator world!! ok")))


def nested_while():
    i = 0
    while i < 3:
        j = 0
        while True:
            if j > i:
                break
            yield i, j
            j += 1
        i += 1


print(list(nested_while()))


def maybe(flag):
    if flag:
        yield "yes"
    yield "always"


print(list(maybe(True)), list(maybe(False)))
