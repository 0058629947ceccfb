# test_listcomps.test_unbound_local_inside_comprehension
def f():
    l = [None]
    return [1 for (l[0], l) in [[1, 2]]]

print("calling")
print(f())
