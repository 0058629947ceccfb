# io.BytesIO.getbuffer() (after CPython's test_memoryio.py, test_getbuffer): a writable view of the stream's bytes;
# while a with statement holds it, the stream may not be written, truncated or closed.
import io


def show(label, f):
    try:
        r = f()
        print(label, "<memoryview>" if isinstance(r, memoryview) else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


stream = io.BytesIO(b"1234567890")
buf = stream.getbuffer()
print(type(buf).__name__, type(buf.obj).__name__, buf.format, buf.readonly, len(buf), bytes(buf))
print(buf[2:5].tobytes(), buf[-1], buf.tolist()[:3])
buf[3] = ord("x")
buf[5:7] = b"YZ"
print(stream.getvalue())
stream.seek(0)
print(stream.read(4))
buf.release()

with stream.getbuffer() as held:
    print(bytes(held[:3]))
    show("write", lambda: stream.write(b"more"))
    show("writelines", lambda: stream.writelines([b"a"]))
    show("truncate", lambda: stream.truncate(2))
    show("close", lambda: stream.close())
    show("read", lambda: stream.read(2))
    show("getvalue", lambda: stream.getvalue())
    held[0] = ord("!")
print(stream.getvalue())
stream.write(b"-tail")
print(stream.getvalue())

# A later view sees the stream as it is then; an empty stream has an empty view.
print(bytes(stream.getbuffer()), len(io.BytesIO().getbuffer()), io.BytesIO().getbuffer().tolist())
gap = io.BytesIO(b"abc")
gap.seek(6)
gap.write(b"z")
print(bytes(gap.getbuffer()))
cast = io.BytesIO(bytes(range(8))).getbuffer().cast("H")
print(cast.tolist())

stream.close()
show("closed", lambda: stream.getbuffer())
with io.BytesIO(b"abc") as inner:
    with inner.getbuffer() as view:
        show("exit while held", lambda: inner.__exit__(None, None, None))
    print("released")
print(inner.closed)
