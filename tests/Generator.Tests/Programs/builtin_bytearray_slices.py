# bytearray: item and slice assignment (simple, extended, size-changing), deletion, and the mutating methods.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def assign(data, key, value):
    b = bytearray(data)
    b[key] = value
    return b


def delete(data, key):
    b = bytearray(data)
    del b[key]
    return b


class Idx:
    def __index__(self):
        return 1


# item assignment
show("b[0]=65", lambda: assign(b"abc", 0, 65))
show("b[-1]=0", lambda: assign(b"abc", -1, 0))
show("b[Idx]=255", lambda: assign(b"abc", Idx(), 255))
show("b[1]=Idx", lambda: assign(b"abc", 1, Idx()))
show("b[1]=True", lambda: assign(b"abc", 1, True))
show("b[3]=1", lambda: assign(b"abc", 3, 1))
show("b[-4]=1", lambda: assign(b"abc", -4, 1))
show("b[0]=256", lambda: assign(b"abc", 0, 256))
show("b[0]=-1", lambda: assign(b"abc", 0, -1))
show("b[0]=b'x'", lambda: assign(b"abc", 0, b"x"))
show("b[0]='x'", lambda: assign(b"abc", 0, "x"))
show("b[0]=1.5", lambda: assign(b"abc", 0, 1.5))
show("b['a']=1", lambda: assign(b"abc", "a", 1))

# slice assignment
show("b[1:2]=b'XYZ'", lambda: assign(b"abcd", slice(1, 2), b"XYZ"))
show("b[1:3]=b''", lambda: assign(b"abcd", slice(1, 3), b""))
show("b[:0]=ba", lambda: assign(b"abcd", slice(None, 0), bytearray(b"<<")))
show("b[10:]=b'!'", lambda: assign(b"abcd", slice(10, None), b"!"))
show("b[3:1]=b'x'", lambda: assign(b"abcd", slice(3, 1), b"x"))
show("b[:]=range", lambda: assign(b"abcd", slice(None), range(3)))
show("b[:]=list", lambda: assign(b"abcd", slice(None), [1, 2]))
show("b[:]=gen", lambda: assign(b"abcd", slice(None), (x for x in b"gen")))
show("b[:]=tuple", lambda: assign(b"abcd", slice(None), (70, 71)))
show("b[1:2]=5", lambda: assign(b"abcd", slice(1, 2), 5))
show("b[1:2]='x'", lambda: assign(b"abcd", slice(1, 2), "x"))
show("b[1:2]=None", lambda: assign(b"abcd", slice(1, 2), None))
show("b[1:2]=[256]", lambda: assign(b"abcd", slice(1, 2), [256]))
show("b[1:2]=['a']", lambda: assign(b"abcd", slice(1, 2), ["a"]))
show("b[::2]=b'XY'", lambda: assign(b"abcd", slice(None, None, 2), b"XY"))
show("b[::-1]=b'wxyz'", lambda: assign(b"abcd", slice(None, None, -1), b"wxyz"))
show("b[::2]=b'XYZ'", lambda: assign(b"abcd", slice(None, None, 2), b"XYZ"))
show("b[::2]=b''", lambda: assign(b"abcdef", slice(None, None, 2), b""))
show("b[::-2]=[]", lambda: assign(b"abcdef", slice(None, None, -2), []))
show("b[1::3]=[1,2]", lambda: assign(b"abcdef", slice(1, None, 3), [1, 2]))
show("b[5:0:-2]=b'12'", lambda: assign(b"abcdef", slice(5, 0, -2), b"123"))
self_assign = bytearray(b"abc")
self_assign[1:1] = self_assign
print(self_assign)
self_assign[::-1] = self_assign
print(self_assign)

# del
show("del b[0]", lambda: delete(b"abc", 0))
show("del b[-1]", lambda: delete(b"abc", -1))
show("del b[3]", lambda: delete(b"abc", 3))
show("del b['x']", lambda: delete(b"abc", "x"))
show("del b[1:]", lambda: delete(b"abcdef", slice(1, None)))
show("del b[::2]", lambda: delete(b"abcdef", slice(None, None, 2)))
show("del b[::-2]", lambda: delete(b"abcdef", slice(None, None, -2)))
show("del b[1:5:3]", lambda: delete(b"abcdef", slice(1, 5, 3)))
show("del b[:]", lambda: delete(b"abcdef", slice(None)))
show("del b[4:2]", lambda: delete(b"abcdef", slice(4, 2)))

# mutating methods
b = bytearray(b"ab")
print(b.append(99), b)
b.append(Idx())
print(b)
show("append 256", lambda: b.append(256))
show("append str", lambda: b.append("a"))
show("append bytes", lambda: b.append(b"a"))
show("append none", lambda: b.append())
b.extend(b"de")
b.extend(bytearray(b"f"))
b.extend([103, 104])
b.extend(range(105, 107))
b.extend(x for x in b"jk")
b.extend(b"")
print(b)
b.extend(b)
print(b, len(b))
show("extend int", lambda: bytearray().extend(5))
show("extend str", lambda: bytearray().extend("ab"))
show("extend big", lambda: bytearray().extend([300]))
show("extend floats", lambda: bytearray().extend([1.5]))
b = bytearray(b"abc")
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
b.insert(-100, 68)
print(b)
show("insert 256", lambda: b.insert(0, 256))
show("insert b", lambda: b.insert(0, b"x"))
show("insert 1 arg", lambda: b.insert(0))
b = bytearray(b"hello")
print(b.pop(), b.pop(0), b.pop(-2), b)
show("pop 5", lambda: b.pop(5))
show("pop -5", lambda: b.pop(-5))
show("pop empty", lambda: bytearray().pop())
show("pop str", lambda: b.pop("a"))
b = bytearray(b"banana")
b.remove(97)
print(b)
show("remove missing", lambda: b.remove(122))
show("remove bytes", lambda: b.remove(b"a"))
show("remove 256", lambda: b.remove(256))
c = b.copy()
print(c, c == b, c is b, type(c).__name__)
c.reverse()
print(c, b)
c.clear()
print(c, len(c), b)
show("clear arg", lambda: c.clear(1))
show("copy arg", lambda: c.copy(1))
show("reverse arg", lambda: c.reverse(1))

# mutation through aliases and during iteration
x = bytearray(b"abc")
y = x
y[0] = 90
y += b"!"
print(x, x is y)
z = bytearray(b"123456")
for i, v in enumerate(z):
    if v == 50:
        del z[0]
print(z)
l = [bytearray(b"a")] * 2
l[0].append(98)
print(l)
