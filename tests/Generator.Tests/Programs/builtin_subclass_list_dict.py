# Classes deriving from list, dict and set: the built-in behaviour, the class's overrides, and super().

class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list), type(s) is list)
print(s[1:3], type(s[1:3]).__name__, s + [5], type(s + [5]).__name__, [0] + s)
print(s == [1, 2, 3, 4], [1, 2, 3, 4] == s, s != [1], s < [2], sorted(s, reverse=True))
s.name = "stack"
print(s.name, s.__dict__, 3 in s, 9 in s, list(reversed(s)), s.index(3), s.count(2))
s[0] = 10
del s[1]
print(s, s.pop(), s, bool(s), bool(Stack()))
for x in s:
    print("item", x)
print(",".join(str(x) for x in s), sum(s), max(s), min(s), list(s), tuple(s))


class Logged(list):
    def __init__(self, items=(), tag="t"):
        super().__init__(items)
        self.tag = tag

    def append(self, x):
        print("append", x)
        super().append(x)

    def __getitem__(self, i):
        r = super().__getitem__(i)
        return ("got", r)

    def __len__(self):
        return 100 + super().__len__()


lg = Logged([1, 2], tag="z")
lg.append(3)
print(lg.tag, lg[0], len(lg), list.__len__(lg), repr(lg), lg.copy(), type(lg.copy()).__name__)
print(Logged("ab"), Logged())


class Counts(dict):
    def __missing__(self, key):
        return 0


c = Counts()
for w in "the cat the hat the end".split():
    c[w] = c[w] + 1
print(c, c["zzz"], "zzz" in c, c.get("zzz"), len(c), type(c).__name__)
print(sorted(c.items()), dict(c), c == {"the": 3, "cat": 1, "hat": 1, "end": 1})


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


a = AttrDict(x=1, y=2)
a.z = 3
print(a, a.x, a.z, a.keys(), list(a.values()), a.update({"w": 4}), a)
try:
    a.nope
except AttributeError as e:
    print("AttributeError", e)


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


ld = LowerDict()
ld["ABC"] = 1
print(ld, ld["aBc"], ld.get("abc"), "abc" in ld)
try:
    ld["q"]
except KeyError as e:
    print("KeyError", e)


class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self


t = Tags([3, 1])
t.add_all(2, 3)
print(sorted(t), len(t), 2 in t, type(t).__name__, t | {9} == {1, 2, 3, 9}, sorted(t & {1, 2}), isinstance(t, set))


class Frozen(frozenset):
    pass


f = Frozen([1, 2])
print(sorted(f), hash(f) == hash(frozenset([1, 2])), f == frozenset([1, 2]), {f: "v"}[frozenset([1, 2])])

try:
    class Bad(list, dict):
        pass
except TypeError as e:
    print("TypeError", e)
