# TextIOWrapper's tell()/seek() cookies and reads across chunk boundaries (test_io's TextIOWrapperTest seek cases).
import io, os

P = f"io_text_seek_{os.getpid()}.tmp"
text = "aé€😀b\r\nline two\rthree\nü" * 3

with open(P, "w", encoding="utf-8", newline="") as f:
    f.write(text)

for chunk in [1, 2, 3, 4, 5, 8192]:
    for nl in [None, "", "\r\n"]:
        with open(P, encoding="utf-8", newline=nl) as f:
            f._CHUNK_SIZE = chunk
            cookies = []
            pieces = []
            while True:
                cookies.append(f.tell())
                piece = f.readline()
                if not piece:
                    break
                pieces.append(piece)
            back = []
            for c in cookies[:-1]:
                f.seek(c)
                back.append(f.readline())
            print(chunk, repr(nl), cookies, back == pieces)

with open(P, encoding="utf-8") as f:
    f._CHUNK_SIZE = 3
    marks = []
    got = []
    for n in [1, 2, 1, 3, 5, 2, 7, 1]:
        marks.append(f.tell())
        got.append(f.read(n))
    print(marks, got)
    again = []
    for m, g in zip(marks, got):
        f.seek(m)
        again.append(f.read(len(g)))
    print(again == got)
    print(f.seek(0, 2), repr(f.read()))
    f.seek(0)
    print(len(f.read()), f.tell())

b = io.BytesIO("Ωmega\nβeta\n".encode("utf-8"))
t = io.TextIOWrapper(b, encoding="utf-8")
print(t.readline(), t.tell(), t.read(1), t.tell(), t.read(), t.tell())
t.seek(0)
print(t.read(2), t.tell())
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("héllo")
print(w.tell())
w.seek(0)
print(w.read())
w.write("X")
w.seek(0)
print(w.read(), w.buffer.getvalue())
os.remove(P)
