# int.to_bytes with every argument form and CPython 3.12's errors.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (0).to_bytes(), (255).to_bytes())
print((1024).to_bytes(4, byteorder='little'), (5).to_bytes(length=3), (0).to_bytes(0, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'big', signed=True))
print((2**64).to_bytes(9, 'big'), (-2**70).to_bytes(10, 'little', signed=True), True.to_bytes(1, 'big'))
for call in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
             lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1.5, 'big'),
             lambda: (-129).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(1, 'big', 3)]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
# int.from_bytes
print(int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\x01\x00'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b''), int.from_bytes(bytes=b'\x80', byteorder='little', signed=True))
print(int.from_bytes((2**80).to_bytes(11, 'big')) == 2**80, int.from_bytes(b'\x00' * 3 + b'\x05', 'big'))
for call in [lambda: int.from_bytes(b'\x01', 'middle'), lambda: int.from_bytes([256]), lambda: int.from_bytes('ab'),
             lambda: int.from_bytes([1.5])]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
