# The hints are the traceback's, not part of the exception: str(e) has none; e.name and e.obj say what was missing.
try:
    prnt("x")
except NameError as e:
    print(str(e), "|", e.name)

try:
    [1].apend(2)
except AttributeError as e:
    print(str(e), "|", e.name, e.obj)

try:
    import math
    math.sqroot
except AttributeError as e:
    print(str(e), "|", e.name, e.obj is math)


class Thing:
    pass


try:
    Thing().missing
except AttributeError as e:
    print(str(e), "|", e.name, type(e.obj).__name__)

print(NameError("made by hand").name, AttributeError("made by hand").name, AttributeError().obj)
e = NameError("x")
e.name = "given"
print(e.name)
