def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
        return -1
    return i

print(find([4, 5, 6], 5))
print(find([4, 5, 6], 7))

count = 0
while count < 3:
    count += 1
print(count)
