x = 10

def f():
    print("in f")
    print(x)
    x = 5

f()
