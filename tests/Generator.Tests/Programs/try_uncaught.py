try:
    print("start")
    raise ValueError("bad value")
except TypeError:
    print("wrong handler")
finally:
    print("finally runs")
print("never")
