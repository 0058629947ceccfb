# operator: the operators as functions, itemgetter, attrgetter, methodcaller (cases from CPython's
# Lib/test/test_operator.py).
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, 1), operator.getitem("hello", slice(1, 3)), operator.length_hint([1, 2]), operator.length_hint(iter([]), 5))
x = [1]
print(operator.iadd(x, [2]), x, operator.iadd(1, 2), operator.imul([0], 3), operator.ior({1}, {2}), operator.call(max, 1, 5))
print(reduce(operator.mul, range(1, 8)), operator.__add__(1, 1), sorted({"b": 2, "a": 3}.items(), key=itemgetter(1)))
for args in [(operator.concat, 1, 2), (operator.indexOf, [1], 5), (operator.add, 1, "a")]:
    try:
        args[0](*args[1:])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

rows = [("bob", 30, "nyc"), ("amy", 25, "sf"), ("cat", 30, "la")]
print(sorted(rows, key=itemgetter(1, 0)), list(map(itemgetter(0), rows)), itemgetter(slice(0, 2))(rows[0]))
print(itemgetter("k")({"k": 1}), repr(itemgetter(1)), repr(itemgetter(1, "a")))


class Person:
    def __init__(self, name, city):
        self.name = name
        self.address = type("Address", (), {"city": city})()

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


people = [Person("zed", "rome"), Person("al", "oslo")]
print([p.name for p in sorted(people, key=attrgetter("name"))], attrgetter("address.city")(people[0]), attrgetter("name", "address.city")(people[1]))
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[1]), methodcaller("upper")("abc"))
print(repr(attrgetter("a.b")), repr(attrgetter("x", "y")), repr(methodcaller("f", 1, k=2)))
for bad in [lambda: attrgetter(1), lambda: methodcaller(5), lambda: attrgetter("nope")(people[0])]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
