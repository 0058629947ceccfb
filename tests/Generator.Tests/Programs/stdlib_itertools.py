# itertools: each function's items, laziness, argument errors, and the reprs count and repeat have.
import itertools
from itertools import count, cycle, repeat, islice, chain, groupby

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(2.5, 0.5), 3)))
c = count(5)
next(c)
print(repr(c), repr(count(5, 2)), repr(count()), repr(count(1.5)), type(c).__name__, type(c))
print(list(islice(cycle("abc"), 7)), list(cycle([])))
print(list(repeat("x", 3)), repr(repeat(1)), repr(repeat(1, -2)), list(map(pow, range(5), repeat(2))))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], initial=10)),
      list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([])), list(itertools.accumulate([], initial=0)))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])), list(chain()))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.compress("AB", [1, 1, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)), list(islice("abcdefg", 1, None, 2)), list(islice(range(10), 8, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")), list(itertools.zip_longest()), list(itertools.zip_longest([1], [])))
print(list(itertools.product("AB", "xy")), list(itertools.product(range(2), repeat=2)), list(itertools.product()),
      list(itertools.product("ab", [])), list(itertools.product(repeat=0)))
print(list(itertools.permutations("ABC", 2)), list(itertools.permutations(range(3))), list(itertools.permutations("AB", 3)))
print(list(itertools.combinations("ABCD", 2)), list(itertools.combinations(range(4), 3)), list(itertools.combinations("AB", 0)),
      list(itertools.combinations("AB", 3)))
print(list(itertools.combinations_with_replacement("ABC", 2)), list(itertools.combinations_with_replacement("", 2)),
      list(itertools.combinations_with_replacement("", 0)))
print(list(itertools.pairwise("ABCDE")), list(itertools.pairwise("A")), list(itertools.batched("ABCDEFG", 3)))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [k for k, _ in groups])
print([k for k, g in groupby([])], list(itertools.chain.from_iterable(g for k, g in groupby("xxyz"))))
for call in (lambda: count("a"), lambda: itertools.islice([1], -1), lambda: itertools.islice([1], 0, 1, 0),
             lambda: itertools.islice([1], "a"), lambda: itertools.permutations([1], -1), lambda: itertools.combinations([1], -1),
             lambda: itertools.batched([1], 0), lambda: repeat(), lambda: itertools.product([1], repeat=-1),
             lambda: itertools.accumulate([1], initial=1, foo=2), lambda: cycle()):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
