def safe(a, b):
    return a // b

print(safe(7, 2))
print(safe(7, 0))
