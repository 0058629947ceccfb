# list.sort's protocol around the comparisons, as CPython 3.12's list_sort_impl: key= called once per item in the
# list's order (also with reverse=True), the list empty while it is sorted, a change made meanwhile found afterwards
# (even one undone), the sort's own exception winning over that, and a reverse sort that raises leaving the list
# reversed back.


class Boom(Exception):
    pass


calls = []


def key(v):
    calls.append(v)
    return -v


data = [3, 1, 2, 5, 4]
print(sorted(data, key=key, reverse=True), calls)

lst = [5, 3, 8, 1]
seen = []


def peek(v):
    seen.append(len(lst))
    return v


lst.sort(key=peek)
print(lst, seen)

lst = [5, 3, 8, 1]


def grow(v):
    if v == 8:
        lst.append(99)
        lst.pop()
    return v


try:
    lst.sort(key=grow)
except ValueError as e:
    print("ValueError", e, lst)

lst = [5, 3, 8, 1]


def grow_then_raise(v):
    lst.append(v)
    if v == 1:
        raise Boom("from key")
    return v


try:
    lst.sort(key=grow_then_raise)
except Boom as e:
    print("Boom", e, lst)


class Cmp:
    budget = 3

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Cmp.budget -= 1
        if Cmp.budget < 0:
            raise Boom("from __lt__")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


items = [Cmp(v) for v in [4, 9, 1, 7, 3, 8, 2]]
try:
    items.sort(reverse=True)
except Boom as e:
    print("Boom", e, items)

Cmp.budget = 100
items.sort(reverse=True)
print(items)
