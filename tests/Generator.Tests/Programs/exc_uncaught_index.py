items = [1, 2, 3]
def last_plus(n):
    return items[len(items) + n]
print(last_plus(-1))
print(last_plus(0))
