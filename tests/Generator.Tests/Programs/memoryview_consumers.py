# What takes a memoryview where CPython takes a buffer: bytes, bytearray and their methods, struct, io's readinto and
# write, re, int.from_bytes, decoding; a writable view is filled in place, a read-only or strided one refused with
# CPython's messages.
import io
import re
import struct


def show(label, f):
    try:
        r = f()
        print(label, "<memoryview>" if isinstance(r, memoryview) else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


data = bytearray(b"hello, world")
view = memoryview(data)
show("bytes", lambda: bytes(view[7:]))
show("bytearray", lambda: bytearray(view[:5]))
show("concat", lambda: b">" + view[:5] + b"<")
show("bytearray concat", lambda: bytearray(b">") + view[:5])
show("join", lambda: b", ".join([view[:5], view[7:]]))
show("find", lambda: data.find(view[7:]))
show("startswith", lambda: b"hello".startswith(view[:2]))
show("in", lambda: view[1:3] in b"hello")
show("replace", lambda: b"hello".replace(view[:1], view[7:8]))
show("split", lambda: b"a,b".split(view[5:6]))
show("decode", lambda: str(view[:5], "ascii"))
show("from_bytes", lambda: int.from_bytes(view[:2], "big"))
show("from_bytes strided", lambda: int.from_bytes(view[::2], "little"))
show("unpack", lambda: struct.unpack_from(">HH", view, 1))
show("unpack strided", lambda: struct.unpack("<H", view[:4:2]))
show("re", lambda: re.findall(rb"o.", view))
show("re strided", lambda: re.findall(rb"o", view[::2]))
show("re str pattern", lambda: re.search("o", view))

# Writing through views.
struct.pack_into(">H", view, 0, 0x4849)
print(data)
cells = memoryview(bytearray(8)).cast("i")
struct.pack_into("<2i", cells, 0, 7, -7)
print(cells.tolist())
show("pack_into ro", lambda: struct.pack_into("B", memoryview(b"x"), 0, 1))
show("pack_into strided", lambda: struct.pack_into("B", view[::2], 0, 1))
show("pack_into bounds", lambda: struct.pack_into(">I", view[10:], 0, 1))
target = bytearray(6)
print(io.BytesIO(b"abcdefgh").readinto(memoryview(target)[2:]), target)
show("readinto ro", lambda: io.BytesIO(b"ab").readinto(memoryview(b"xy")))
show("readinto strided", lambda: io.BytesIO(b"ab").readinto(memoryview(bytearray(4))[::2]))
sink = io.BytesIO()
sink.write(memoryview(b"written")[:5])
show("write strided", lambda: sink.write(memoryview(b"abcdef")[::2]))
print(sink.getvalue())


# The readinto() of io's BufferedIOBase, over a class's read() and read1().
class Chunks(io.BufferedIOBase):
    def read(self, n=-1):
        return b"abcdef"[:n]

    def read1(self, n=-1):
        return b"ab"


into = memoryview(bytearray(8))
print(Chunks().readinto(into[2:]), into.tobytes())
print(Chunks().readinto1(into), into.tobytes())
show("readinto ro", lambda: Chunks().readinto(memoryview(b"xy")))
words = memoryview(bytearray(4)).cast("i")
print(Chunks().readinto(words), words.tobytes())
