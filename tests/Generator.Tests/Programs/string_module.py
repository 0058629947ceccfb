# string: the constants, capwords() and Formatter (cases from CPython's Lib/test/test_string.py).
import string
from string import Formatter, capwords

print(repr(string.whitespace), string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.printable), len(string.printable))
print(capwords("hello   world  "), capwords("a-b-c", "-"), capwords(""), capwords("ABC def"), capwords(" x ", " "))

fmt = Formatter()
print(fmt.format("{} and {}", 1, 2), fmt.format("{1}{0}", "a", "b"), fmt.format("{x:>5}|", x=42), fmt.format("{0!r:^9}", "hi"))
print(fmt.format("{a.real}-{b[1]}-{b[0]}", a=3 + 0j if False else 7, b="xyz"), fmt.format("{0[k]}", {"k": "v"}), fmt.format("{:{}}", 5, 4) + "|")
print(fmt.format("{{literal}} {0:{1}.{2}f}", 3.14159, 8, 2), fmt.format("{0:{1:{2}}}", "q", ">", 3) if False else fmt.format("{!s}{!a}", "é", "é"))
print(list(fmt.parse("a{{b}}c{0!r:>{w}}d")), list(fmt.parse("{}")), list(fmt.parse("x{a.b[c]}")))
for bad in ["end{", "a}b", "{0!}", "{0!rr}", "{a[}", "{0!x}", "{} {1}", "{0} {}", "{0:{1:{2:{3}}}}", "{a.}", "{a[]}", "{a[0]x}", "{9}"]:
    try:
        print(fmt.format(bad, "p", "q", "r", "s", a="A"))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)


class Namespace(Formatter):
    """A Formatter that looks names up in a dict first, then in kwargs (the documentation's example shape)."""

    def __init__(self, namespace):
        self.namespace = namespace

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key in self.namespace:
            return self.namespace[key]
        return super().get_value(key, args, kwargs)


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")


class Upper(Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


print(Namespace({"greeting": "hi"}).format("{greeting}, {name}", name="bo"), Upper().format("{0} {1!l} {2:x}", "abc", "DEF", 255))
try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print("ValueError", e)
print(Strict().vformat("{a}{0}", (5,), {"a": 1}))
