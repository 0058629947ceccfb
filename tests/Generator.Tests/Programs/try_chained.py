def f():
    try:
        {}["missing"]
    except KeyError:
        print("handling KeyError")
        return 1 / 0

f()
