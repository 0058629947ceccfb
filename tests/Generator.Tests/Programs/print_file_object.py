# print(file=obj) with an object that has write(): one call per piece (each argument's str, the separators, the
# end), then flush() when asked, as CPython's print does.
class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return len(text)

    def flush(self):
        self.calls.append("<flush>")


r = Recorder()
print("a", 1, 2.5, None, file=r)
print(file=r)
print("x", "y", sep="--", end="!", file=r, flush=True)
print(*[], sep="?", end="", file=r)
print(r.calls)


class NoWrite:
    pass


try:
    print("z", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)
