class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


with Resource("a") as r:
    print("inside", r.name)

with Resource("b", swallow=True):
    raise ValueError("boom")
print("after swallowed")

try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

def early():
    with Resource("d") as d, Resource("e") as e:
        return d.name + e.name

print(early())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
