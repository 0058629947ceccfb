# CPython closes a generator when its last reference goes: a for loop that leaves the generator it made early
# (break, return, an exception) runs the generator's finally blocks and with-exits right there, before the code
# after the loop. (Test cases in the spirit of test_generators.py's finalization tests.)
log = []


def gen(name, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print('  cleanup', name)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('  open', self.name)
        return self

    def __exit__(self, *exc):
        print('  close', self.name, exc[0])
        return False


def lines(name):
    with Resource(name):
        yield 'a'
        yield 'b'
        yield 'c'


print('break:')
for x in gen('g1'):
    if x == 1:
        break
print('after break')

print('for-else with break:')
for x in gen('g2'):
    if x == 2:
        break
else:
    print('else not run')
print('after')

print('exhausted with else:')
for x in gen('g3', 2):
    pass
else:
    print('else ran')


def first_match(limit):
    for x in gen('g4'):
        if x >= limit:
            return x
    return None


print('return:')
print('returned', first_match(3))

print('exception:')
try:
    for x in gen('g5'):
        if x == 1:
            raise ValueError('stop at %d' % x)
except ValueError as e:
    print('caught', e)

print('nested:')
for a in gen('outer', 3):
    for b in gen('inner', 3):
        if b == 1:
            break
    if a == 1:
        break
print('after nested')

print('with inside the generator:')
for line in lines('file1'):
    print('  line', line)
    if line == 'b':
        break
print('after with')

print('generator expression:')
for v in (x * 10 for x in range(5)):
    if v >= 20:
        break
print('after genexp')

print('try/finally around the loop:')


def guarded():
    try:
        for x in gen('g7'):
            if x == 1:
                return 'r'
    finally:
        print('  outer finally')


print(guarded())

print('held elsewhere: not closed by the loop')
keep = gen('kept')
for x in keep:
    if x == 0:
        break
print('after loop, kept is still open:', next(keep))
keep.close()


print('closing raises: reported, not raised')


def bad():
    try:
        yield 1
        yield 2
    finally:
        raise KeyError('in finally')


for x in bad():
    break
print('after bad')


def ignores():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('  ignoring GeneratorExit')


for x in ignores():
    break
print('after ignores')

print('a method that is a generator function:')


class Tree:
    def __init__(self, name):
        self.name = name

    def walk(self):
        try:
            yield from range(4)
        finally:
            print('  walk done', self.name)

    def shadowed(self):
        yield 0


t = Tree('t1')
for node in t.walk():
    if node == 1:
        break
print('after method loop')


def search(tree):
    for node in tree.walk():
        if node == 2:
            return node


print(search(Tree('t2')))

print('an instance attribute that shadows the method: not known to be fresh')
t3 = Tree('t3')
held = t3.walk()
t3.shadowed = lambda: held
for node in t3.shadowed():
    break
print('after shadowed loop; held is open:', next(held))
held.close()

print('a local generator function:')


def local_use():
    def numbers():
        try:
            yield 1
            yield 2
        finally:
            print('  numbers done')
    for n in numbers():
        return n


print(local_use())

print('a wrapper that is not a generator function: not known to be fresh')
kept = gen('wrapped')


def wrapper():
    return kept


for x in wrapper():
    break
print('after wrapper loop; kept is open:', next(kept))
kept.close()

print('gi_code:', gen('code').gi_code.co_name, (x for x in ()).gi_code.co_name)

print('a loop in a generator whose body suspends, left by a break:')


def relay():
    for x in gen('relayed'):
        yield x
        break
    else:
        yield 'not here'
    yield 'done'


print(list(relay()))

print('continue and a loop in a function:')


def total():
    s = 0
    for x in gen('g8', 4):
        if x % 2:
            continue
        s += x
    return s


print(total())
print('end')
