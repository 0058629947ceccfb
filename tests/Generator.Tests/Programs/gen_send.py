# The send() protocol: the first send must be None; yield expressions receive the sent values.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
try:
    acc.send(5)
except TypeError as e:
    print("TypeError:", e)
print(acc.send(None))
print(acc.send(10))
print(acc.send(5))
try:
    next(acc)
except StopIteration as e:
    print("final total", e.value)


def averager():
    count = 0
    total = 0.0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = averager()
next(avg)
for x in [10, 20, 30, 45]:
    print(avg.send(x))


def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received


e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
try:
    e.send("c")
except StopIteration as stop:
    print("returned", stop.value)
try:
    e.send("d")
except StopIteration as stop:
    print("again", stop.value, stop.args)


def coroutine_printer(prefix):
    try:
        while True:
            line = yield
            print(prefix + str(line))
    except GeneratorExit:
        print(prefix + "closing")
        raise


p = coroutine_printer("> ")
p.send(None)
p.send("one")
p.send(2)
p.close()
g = accumulator()
print(g.send(None), g.send(None) if False else "skipped")
try:
    g.send(None)
except StopIteration as e:
    print("value", e.value)
print(accumulator().send(None))
