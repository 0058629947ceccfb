# Scoping cases from CPython's Lib/test/test_listcomps.py (PEP 709), at module level and in a function.
g = 1
x = g
g = 2
items = [g for g in [1]]
y = g
print("explicit_global", x, y, items)

def explicit_global_2():
    global g
    g = 1
    x = g
    g = 2
    items = [g for x in [1]]
    y = g
    return x, y, items

print("explicit_global_2", explicit_global_2())

x = -1
items = [(x := y) for y in range(3)]
print("assignment_expression module", x)

def assignment_expression():
    x = -1
    items = [(x := y) for y in range(3)]
    return x

print("assignment_expression function", assignment_expression())

x = [1]
y = [x for x in x]
print("shadow_comp_iterable_name", x, y)

def shadow_comp_iterable_name():
    x = [1]
    y = [x for x in x]
    return x, y

print(shadow_comp_iterable_name())

l = [2, 3]
y = [[x ** 2 for x in range(x)] for x in l]
print("nested", y)

def nested():
    l = [2, 3]
    return [[x ** 2 for x in range(x)] for x in l]

print(nested())

l = [1, 2, 3]
x = 3
y = [x for [x ** x for x in range(x)][x - 1] in l]
print("nested_2", y)

def nested_2():
    l = [1, 2, 3]
    x = 3
    return [x for [x ** x for x in range(x)][x - 1] in l]

print(nested_2())

l = [(1, 2), (3, 4), (5, 6)]
y = [x for (x, [x ** x for x in range(x)][x - 1]) in l]
print("nested_3", y)

def nested_3():
    l = [(1, 2), (3, 4), (5, 6)]
    return [x for (x, [x ** x for x in range(x)][x - 1]) in l]

print(nested_3())

y = [__x for __x in [1]]
print("dunder_name", y)

items = [a for a in [1] if [a for _ in [0]]]
print("nested_has_free_var", items)

z = 1
items = [a for a in [1] if [x for x in [1] if z]]
print("nested_free_var_not_bound_in_outer_comp", items)

items = [_C for _C in [1] for [0, 1][[x for x in [1] if _C][0]] in [2]]
print("nested_free_var_in_iter", items)

items = [(_C, [x for x in [1] if _C]) for _C in [0, 1]]
print("nested_free_var_in_expr", items)

def assign_to_comp_iter_var_in_outer_function():
    a = [1 for a in [0]]
    return a

print("assign_to_comp_iter_var_in_outer_function", assign_to_comp_iter_var_in_outer_function())

def no_leak():
    [b for b in [1]]
    return [q for q in range(2)]

print(no_leak())
