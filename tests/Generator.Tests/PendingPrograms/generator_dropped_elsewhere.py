# Generators CPython closes at the moment their last reference goes, where PyAot cannot yet prove that moment (see
# Programs/generator_dropped_by_loop.py for the loops it does close): a generator returned by another function, one
# held by a generator expression that a loop drops, a temporary dropped at the end of an expression, and a loop in a
# generator whose body suspends, left by a return.


def gen(name, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print('  cleanup', name)


def make():
    return gen('made')


for x in make():
    break
print('after make loop')

for v in (x * 10 for x in gen('inner of genexp')):
    if v >= 20:
        break
print('after genexp')

print(next(iter(gen('temporary'))))
print('after temporary')


def relay():
    for x in gen('relayed'):
        yield x
        return
    yield 'done'


print(list(relay()))
print('end')
