# The program under measurement: some lines run, some never do.


def classify(n):
    if n % 15 == 0:
        return "fizzbuzz"
    if n % 3 == 0:
        return "fizz"
    if n % 5 == 0:
        return "buzz"
    return str(n)


def parse(text):
    try:
        return int(text)
    except ValueError:
        return None


def never_called():
    x = 1
    return x + 1


def run():
    words = [classify(n) for n in range(1, 11)]
    total = 0
    for w in words:
        if w.isdigit():
            total += int(w)
    print(" ".join(words), total)
    print(parse("42"), parse("x"))
