def f():
    print("before")
    return undefined_name + 1

print("start")
f()
print("never")
