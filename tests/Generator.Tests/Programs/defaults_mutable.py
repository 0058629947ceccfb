def append_to(element, to=[]):
    to.append(element)
    return to

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def make(tag, ident=next_id()):
    return tag + str(ident)

print(make("a"), make("b"), make("c", 99), counter)
x = 10
def snapshot(v=x):
    return v
x = 20
print(snapshot(), x)

def f(a, b=2, c=3):
    return a * 100 + b * 10 + c

print(f(1), f(1, 5), f(1, 5, 7), f(c=9, a=1), f(1, c=0))
g = f
print(g(4), g(4, 4), g(4, b=0))
