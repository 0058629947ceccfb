# The str-like methods of bytes.
data = b'  alpha beta\tgamma\n delta  '
print(data.split(), data.split(None, 1), data.split(maxsplit=2), b''.split(), b'   '.split())
print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a::b::'.split(sep=b'::'), b''.split(b','))
print(data.strip(), data.lstrip(), data.rstrip(), b'xxhixx'.strip(b'x'), b'abcba'.lstrip(b'ab'), b'abcba'.rstrip(b'ab'))
print(b', '.join([b'a', b'b', b'c']), b''.join([]), b'-'.join((b'x',)))
print(b'Hello World 123 \xff'.upper(), b'Hello World 123 \xc9'.lower())
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'x', b'y'), b''.replace(b'', b'z'))
print(b'abc'.replace(b'', b'-', 2), b'a.b.c'.replace(b'.', b''))
for call in [lambda: b'a'.split(b''), lambda: b'a'.split('a'), lambda: b','.join([b'a', 'b']), lambda: b'a'.strip('a'),
             lambda: b'a'.replace('a', b'b')]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
