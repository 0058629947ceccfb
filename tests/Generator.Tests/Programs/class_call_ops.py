class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __call__(self, scale=1):
        return (self.x * scale, self.y * scale)

v, w = Vec(1, 2), Vec(3, 4)
print(v + w, w - v, v * 3, 3 * v, -v, abs(w), v @ w, w / 2, w // 2, w % 2, v ** 2)
print(v(), v(10), callable(v), callable(5), v == Vec(1, 2))
u = v
u += w
print(u, v, u is v)
class Acc:
    def __init__(self):
        self.total = 0
    def __iadd__(self, k):
        self.total += k
        return self
a = Acc()
b = a
a += 5
print(a.total, a is b)
class RAdd:
    def __radd__(self, o):
        return f"radd({o})"
    def __rsub__(self, o):
        return f"rsub({o})"
print(1 + RAdd(), "s" + RAdd(), 5 - RAdd(), sum([RAdd()], 0) if False else 0)
try:
    v + 1
except AttributeError as e:
    print(e)
try:
    Vec(1, 1) < Vec(2, 2)
except TypeError as e:
    print(e)
try:
    object() + 1
except TypeError as e:
    print(e)
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx()])
