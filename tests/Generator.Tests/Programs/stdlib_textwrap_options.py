# textwrap's options and edges beyond what Lib/test/test_textwrap.py checks: the TextWrapper attributes and their
# defaults, expand_tabs/tabsize/replace_whitespace combinations, break_on_hyphens tested with `is True`, a subclass
# overriding a step, drop_whitespace with max_lines, shorten's options, dedent/indent edges, and the errors.
import textwrap
from textwrap import TextWrapper, wrap, fill, shorten, dedent, indent

print(textwrap.__all__)
w = TextWrapper()
for name in ["width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
             "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize",
             "max_lines", "placeholder"]:
    print(name, repr(getattr(w, name)))
print(sorted(TextWrapper.unicode_whitespace_trans.items()))
print(repr(TextWrapper.wordsep_simple_re.pattern))
print(repr(TextWrapper.sentence_end_re.pattern))
print(TextWrapper.wordsep_re.flags)

# Positional arguments in the documented order.
w = TextWrapper(20, "> ", "  ", False, False, True, False, False, False, 4)
print(w.width, repr(w.initial_indent), repr(w.subsequent_indent), w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens, w.tabsize)
try:
    TextWrapper(20, "", "", True, True, False, True, True, True, 8, 3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    TextWrapper(widht=3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    wrap("abc", 10, bogus=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)

text = "a\tb\tc\nd  e\x0bf\x0cg\rh"
for kw in [{}, {"expand_tabs": False}, {"replace_whitespace": False}, {"expand_tabs": False, "replace_whitespace": False},
           {"tabsize": 0}, {"tabsize": 3}, {"drop_whitespace": False}]:
    print(kw, TextWrapper(width=6, **kw).wrap(text))
    print(kw, repr(TextWrapper(**kw)._munge_whitespace(text)))

# break_on_hyphens: only True itself picks the hyphen-aware split, but any true value breaks long words on hyphens.
for value in [True, 1, "yes", False, 0]:
    w = TextWrapper(width=8, break_on_hyphens=value)
    print(repr(value), w._split("goof-ball super-long-word"), w.wrap("goof-ball super-long-word"))

# The chunks of a sentence, both ways.
text = "Hello there -- you goof-ball, use the -b option!"
print(TextWrapper()._split(text))
print(TextWrapper(break_on_hyphens=False)._split(text))
print(TextWrapper()._split_chunks("one\ttwo  three\nfour"))
chunks = ["He", " ", "said.", " ", "Then", " ", "left!", " ", "x"]
TextWrapper()._fix_sentence_endings(chunks)
print(chunks)


class Upper(TextWrapper):
    # A subclass overriding one step: each chunk upper-cased.
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]


print(Upper(width=10).wrap("the quick brown fox jumps over"))
print(Upper(width=10, initial_indent="* ", subsequent_indent="  ").fill("the quick brown fox jumps over"))

# Wider indents than the width: a character a line.
print(wrap("abcdef", 3, initial_indent="    ", subsequent_indent="     "))
print(wrap("ab cd", 2, initial_indent="--"))
# max_lines with drop_whitespace off and with whitespace left over.
for kw in [{"max_lines": 2}, {"max_lines": 2, "drop_whitespace": False}, {"max_lines": 3, "placeholder": "~"},
           {"max_lines": 1, "placeholder": ""}, {"max_lines": 2, "break_long_words": False}]:
    print(kw, wrap("The quick brown fox jumps over the lazy dog   ", 10, **kw))
try:
    wrap("hello world", 3, max_lines=1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    wrap("hello world", 0)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    TextWrapper(width=-5).fill("x")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    wrap("", 0)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(repr(fill("")), repr(fill("  a  ")), repr(fill("a b c", width=1)))

print(repr(shorten("  The   quick\n brown  fox  ", 15)))
print(repr(shorten("The quick brown fox", 12, placeholder="...")))
print(repr(shorten("The quick brown fox", 12, initial_indent="> ")))
print(repr(shorten("Supercalifragilistic", 10, break_long_words=False)))
try:
    shorten("The quick brown fox", 12, max_lines=2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    shorten("The quick brown fox", 4)
except ValueError as e:
    print(type(e).__name__ + ":", e)

print(repr(dedent("")), repr(dedent("\n\n")), repr(dedent("  \n \t\n")), repr(dedent("\t\ta\n\t\tb\n\t\t")))
print(repr(dedent("  a\r\n  b\r\n")), repr(dedent("  x\n\ty")), repr(dedent("    a\n  b\n      c")))
print(repr(dedent("  a.b\n  a*b\n")), repr(dedent(" \x0ba\n \x0bb")))
print(repr(indent("a\nb\n", "")), repr(indent("", "> ")), repr(indent("a\n\n  \nb", "> ")))
print(repr(indent("a\nbb\nccc", "+", lambda line: len(line) > 2)))
print(repr(indent("x\x0by\x0cz\u2028w\x1cv", "|")))
print(repr(indent("a\nb", "$", predicate=None)))
for bad in [None, 5]:
    try:
        wrap(bad)
    except AttributeError as e:
        print(type(e).__name__ + ":", e)
try:
    dedent(None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    indent("a", 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
