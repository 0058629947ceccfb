s = 'h\xe9llo \u20ac \U0001f600 \udcff\udc80'
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-16']:
    for err in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'bogus', 'strict']:
        try:
            print(enc, err, s.encode(enc, err))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
data = [b'h\xe9llo', b'\xe2\x82', b'abc\xff\xfedef', b'\xed\xa0\x80x', b'\x80abc\xc3', b'ok', b'\xf0\x9f\x98\x80\xf0\x9f']
for d in data:
    for enc in ['ascii', 'utf-8', 'latin-1']:
        for err in ['ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'bogus']:
            try:
                print(enc, err, ascii(d.decode(enc, err)))
            except Exception as e:
                print(enc, err, type(e).__name__, e)
for d in [b'a\x00\x00\xd8b\x00', b'a\x00b', b'\x00\xdc']:
    for err in ['replace', 'ignore', 'surrogatepass', 'backslashreplace']:
        try:
            print(ascii(d.decode('utf-16-le', err)))
        except Exception as e:
            print(type(e).__name__, e)
print(str(b'a\xffb', 'utf-8', 'replace'), bytes('a\xffb', 'ascii', 'replace'), bytearray(b'\xff').decode(errors='replace'))
print('x'.encode(errors='bogus'), 'abc'.encode('ascii', errors='strict'))
try:
    'x'.encode('utf-8', 3)
except TypeError as e:
    print(e)
