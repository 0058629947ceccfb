counter = 0

def increment():
    global counter
    counter += 1
    return counter

def reset():
    global counter
    counter = 0

for _ in range(3):
    increment()
print(counter)
reset()
print(counter)

def define_new():
    global created
    created = "made in function"

define_new()
print(created)

def read_only():
    return counter + 100

print(read_only())
