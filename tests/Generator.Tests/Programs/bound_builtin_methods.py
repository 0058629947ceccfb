# Bound methods of built-in containers kept in locals and called later (the fannkuch idiom).
perm = [1, 2, 3, 4]
ins, pop, app = perm.insert, perm.pop, perm.append
ins(0, pop(2))
app(9)
ins(-1, pop())
ins(100, 'end')
print(perm, pop(0), perm)
d = {'a': 1}
get, dpop = d.get, d.pop
print(get('a'), get('b'), get('b', 0), dpop('a'), dpop('zz', 'dflt'), d)
s = set()
add = s.add
for x in [3, 1, 3]:
    add(x)
print(sorted(s))
for call in [lambda: pop(10), lambda: ins('x', 1), lambda: dpop('missing'), lambda: add([1]), lambda: get(),
             lambda: app(), lambda: ins(1.5, 2), lambda: [].pop(), lambda: pop(True) and perm]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(perm)
