# An AttributeError's traceback suggests the closest attribute of the object (dir() of a list).
items = [1, 2]
items.append(3)
print(items)
items.apend(4)
