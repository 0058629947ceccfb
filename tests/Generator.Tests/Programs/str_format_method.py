print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{name}={value}".format(name="x", value=3))
print("{0!r} {0!s} {0!a}".format("é"), "{:>8}|{:<8}|{:^8}|".format("a", "b", "c"))
print("{:08.3f}".format(3.14159), "{:+.2e}".format(12345.678), "{:,}".format(10 ** 9), "{:x}".format(3054))
print("{0[0]} {0[1]}".format([5, 6]), "{d[k]}".format(d={"k": "v"}), "{{literal}}".format())
print("{:{w}.{p}f}".format(2.71828, w=10, p=3), "{:%}".format(0.25), "{:.0%}".format(0.256))
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
print("{p.x},{p.y}".format(p=P()))
for bad in ["{", "}", "{0} {}", "{:d}"]:
    try:
        print(bad.format(1.5))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(format(3.5, ".1f"), format("s", "^5"), format(12, "#x"), format(True, "d"), format(None, ""))
print("%s %d %.2f %r %x %o %e %%" % ("s", 42, 3.14159, "r", 255, 8, 1234.5))
print("%5s|%-5s|%05d|%+d|%.3s" % ("ab", "cd", 42, 7, "abcdef"))
print("%(a)s-%(b)d" % {"a": "x", "b": 5}, "%c%c" % (65, "B"), "%i" % 3.9)
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError", e)
