# bisect and heapq, as CPython's _bisect/_heapq and heapq.py give them.
import bisect
import heapq
from bisect import bisect_left, insort
from heapq import heappush, heappop, nlargest

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect(a, 2), bisect.bisect_right(a, 2), bisect_left(a, 2), bisect.bisect_left(a, 4), bisect.bisect(a, 100))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4, hi=6))
words = ["apple", "fig", "banana", "kiwi"]
words.sort(key=len)
print(words, bisect.bisect(words, 4, key=len), bisect.bisect_left(words, 4, key=len))
insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 9, hi=len(a))
bisect.insort(words, "plum", key=len)
print(a, words)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, bisect.bisect)


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)


s = Seq([10, 20, 30])
print(bisect.bisect(s, 25))
bisect.insort(s, 15)
for call in (lambda: bisect.bisect_right([1, 2], 1, -1), lambda: bisect.bisect_right([1, 2]),
             lambda: bisect.bisect_right([1, 2], 1, 0, 5, 6), lambda: bisect.bisect_right([1, 2], 1, foo=1),
             lambda: bisect.bisect_left(5, 1), lambda: bisect.insort((1, 2), 1), lambda: bisect.bisect([1, 2, 3], 2, hi=10),
             lambda: bisect.bisect([1, 2, 3], 2, lo=None)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, words, key=len))
print(heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(0, [1, 2]), heapq.nsmallest(1, [(1, "b"), (1, "a")], key=lambda t: t[0]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 2], [4, 1], reverse=True)))
print(list(heapq.merge(["b", "dd"], ["a", "cc", "eee"], key=len)), list(heapq.merge()))
tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "plan"))
heappush(tasks, (3, "test"))
while tasks:
    print(heappop(tasks))
for call in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(3),
             lambda: heapq.heapreplace([], 1), lambda: heapq.heappushpop([], 1), lambda: heapq.heappush([1])):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
