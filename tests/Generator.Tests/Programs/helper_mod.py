GREETING = "hello from helper"
counter = 0

def square(x):
    return x * x

def bump():
    global counter
    counter += 1

print("helper imported as", __name__)
