# Recursion through generators: tree walks with yield from, permutations, recursive ranges.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def preorder(node):
    if node:
        yield node.value
        for child in (node.left, node.right):
            yield from preorder(child)


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


tree = build(1, 15)
print(list(inorder(tree)))
print(list(preorder(tree)))


def depth_first(node, depth=0):
    if node is None:
        return 0
    yield depth, node.value
    left = yield from depth_first(node.left, depth + 1)
    right = yield from depth_first(node.right, depth + 1)
    return 1 + max(left or 0, right or 0)


g = depth_first(build(1, 6))
items = []
try:
    while True:
        items.append(next(g))
except StopIteration as e:
    print(items, "height", e.value)


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest


print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))


def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)


print(list(hanoi(3, "A", "B", "C")))
print(sum(1 for _ in hanoi(10, 1, 2, 3)))


def deep(n):
    if n > 0:
        yield from deep(n - 1)
    yield n


print(sum(deep(200)))
