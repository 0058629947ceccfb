# BRANCH and JUMP over the shapes of CPython 3.12's compiler: if/elif/while/for, and/or/not in tests and values, chained
# comparisons, conditional expressions, is None, loops ending a body, for/while else, nested ifs, multi-line tests.
import sys
mon = sys.monitoring; E = mon.events
def line_of(code, off):
    for s, e, l in code.co_lines():
        if s <= off < e: return l
out = []
def br(code, src, dst):
    if code.co_name.startswith("t_"): out.append(f"B {line_of(code,src)-code.co_firstlineno}->{line_of(code,dst)-code.co_firstlineno}")
def jp(code, src, dst):
    if code.co_name.startswith("t_"): out.append(f"J {line_of(code,src)-code.co_firstlineno}->{line_of(code,dst)-code.co_firstlineno}")
def t_if_last(x):
    if x:
        y = 1
def t_if_in_loop(xs):
    for x in xs:
        if x:
            y = 1
    return 0
def t_while_last(n):
    while n:
        n -= 1
def t_while_else(n):
    while n:
        n -= 1
    else:
        n = 5
    return n
def t_for_else(xs):
    for x in xs:
        pass
    else:
        y = 2
    return 1
def t_not(x):
    if not x:
        return 1
    return 2
def t_or(a, b):
    if a or b:
        return 1
    return 2
def t_andor(a, b, c):
    if (a or b) and c:
        return 1
    return 2
def t_none(a):
    if a is None:
        return 1
    return 2
def t_chain(a):
    if 0 < a < 5:
        return 1
    return 2
def t_ifexp_in_if(a, b):
    if (a if b else 0):
        return 1
    return 2
def t_val_or(a, b):
    r = a or b
    return r
def t_while_and(a, n):
    while a and n:
        n -= 1
    return n
def t_if_in_with_end(x):
    for i in x:
        if i:
            continue
        y = 1
def t_nested_if(x, y):
    if x:
        if y:
            return 1
    return 2
def t_try(x):
    try:
        y = 1
    except ValueError:
        y = 2
    return y
def t_if_last_with_else(x):
    if x:
        y = 1
    else:
        y = 2
def t_multiline_if(a,
                   b):
    if (a and
            b):
        return 1
    return 2
mon.use_tool_id(3, "p"); mon.register_callback(3, E.BRANCH, br); mon.register_callback(3, E.JUMP, jp); mon.set_events(3, E.BRANCH | E.JUMP)
for f, args in [(t_if_last,(0,)),(t_if_last,(1,)),(t_if_in_loop,([0,1],)),(t_while_last,(2,)),(t_while_else,(1,)),(t_for_else,([1],)),(t_not,(0,)),(t_not,(1,)),(t_or,(0,0)),(t_or,(1,0)),(t_andor,(0,0,1)),(t_andor,(0,1,1)),(t_andor,(1,0,0)),(t_none,(None,)),(t_none,(1,)),(t_chain,(3,)),(t_chain,(9,)),(t_chain,(-1,)),(t_ifexp_in_if,(1,1)),(t_ifexp_in_if,(1,0)),(t_val_or,(0,1)),(t_val_or,(1,0)),(t_while_and,(1,2)),(t_if_in_with_end,([0,1],)),(t_nested_if,(1,0)),(t_nested_if,(0,0)),(t_try,(1,)),(t_if_last_with_else,(0,)),(t_if_last_with_else,(1,)),(t_multiline_if,(1,1)),(t_multiline_if,(1,0))]:
    out.append(f"{f.__name__}{args}")
    f(*args)
mon.set_events(3, 0)
print("\n".join(out))
