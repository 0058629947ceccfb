class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
print(sorted(vs), min(vs), max(vs))
print(Version(1) < Version(2), Version(2) > Version(1), Version(1) >= Version(1), Version(3) <= Version(2))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(1) > OnlyLt(0), sorted([OnlyLt(3), OnlyLt(1)])[0].v)
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
try:
    Version(1) < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
