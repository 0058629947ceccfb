# CPython 3.12's traceback adds "Did you mean" to an uncaught NameError (not to its str()).
print("start")
prnt("x")
