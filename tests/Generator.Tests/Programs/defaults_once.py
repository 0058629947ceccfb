calls = 0

def make_default():
    global calls
    calls += 1
    print("make_default called", calls)
    return []

def add(item, bucket=make_default()):
    bucket.append(item)
    return bucket

print(add(1))
print(add(2))
print(add(3, []))
print(add(4))
print("calls:", calls)

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
print(greet(greeting="Hey", name="Di"))
print(greet("Ed", punct="."))
