"""A helper module whose code reads its namespace as a dictionary."""
counter = 0

def bump():
    globals()["counter"] += 1
    return counter

def define(name, value):
    globals()[name] = value

def lookup(name):
    return globals().get(name, "<missing>")
