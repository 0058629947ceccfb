# test_listcomps.test_nameerror: the iteration variable does not leak
print([x for x in [1]])
print(x)
