# test_listcomps.test_unbound_local_after_comprehension
def f():
    if False:
        x = 0
    print([x for x in [1]])
    return x

f()
