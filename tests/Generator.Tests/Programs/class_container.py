class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __bool__(self):
        return bool(self.items)

b = Bag(1, 2, 3)
print(len(b), list(b), b[0], b[-1], b[1:], 2 in b, 5 in b, bool(b), bool(Bag()))
b[0] = 10
del b[1]
print(list(b), sum(b), sorted(b, reverse=True), [x * 2 for x in b], max(b))
for x in b:
    print("item", x)
a, c = b
print(a, c)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], dict.fromkeys(Countdown(2)))
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), len(Sized()))
try:
    len(object())
except TypeError as e:
    print(e)
try:
    Bag()[5]
except IndexError as e:
    print(e)
