# try: x = next(it) / except StopIteration as e: a generator's return value reaches e.value.
def gen():
    yield 1
    return "done"


def run():
    it = gen()
    while True:
        try:
            x = next(it)
        except StopIteration as e:
            print("stopped", e.value)
            break
        print("got", x)


run()
