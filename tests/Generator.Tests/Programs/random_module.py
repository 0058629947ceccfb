import random
from random import Random, randrange, choice

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randrange(10) for _ in range(10)])
print([random.randint(-5, 5) for _ in range(10)])
print(random.randrange(0, 100, 7), random.randrange(100, 0, -3))
print(random.getrandbits(0), random.getrandbits(5), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))
print(random.randrange(10 ** 30))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.choice("abcdefg"), choice([1, 2, 3]))
print(random.sample(range(100), 5), random.sample("abcdefghij", 3))
print(random.sample(range(1000000), 8))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(random.choices([1, 2, 3], cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(5, 2), random.normalvariate(), random.lognormvariate(0, 1))
print(random.expovariate(2), random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2), random.betavariate(2, 3))
print(random.paretovariate(3), random.weibullvariate(1, 2))
print([random.binomialvariate(20, 0.3) for _ in range(5)], random.binomialvariate(1000, 0.4), random.binomialvariate(10, 0.9))
print(random.randbytes(5))

# seeds of every kind
for s in (0, 1, -1, 2 ** 40, 2 ** 100 + 7, 3.5, -2.25, "hello", b"bytes", True):
    random.seed(s)
    print(repr(s), random.random(), random.randrange(1000))
random.seed("abc", version=1)
print(random.random())

r = Random(42)
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], len(state), state[0], len(state[1]))
r2 = random.Random("x")
print(r2.randint(1, 6), r.choice(range(10)))

class Dice(Random):
    def roll(self):
        return self.randint(1, 6)

d = Dice(7)
print([d.roll() for _ in range(6)])

class OnlyRandom(Random):
    def random(self):
        return 0.5
print(OnlyRandom(1).randrange(10), OnlyRandom._randbelow is Random._randbelow_without_getrandbits)

for bad in (lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0),
            lambda: random.randrange(1.5), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
            lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1), lambda: random.seed([1]),
            lambda: random.randrange(10, 1, 2), lambda: random.gammavariate(0, 1), lambda: random.choices([1], [1], cum_weights=[1]),
            lambda: random.binomialvariate(-1), lambda: r.setstate((9, (), None))):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
