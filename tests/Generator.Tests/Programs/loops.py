for i in range(3):
    print("i", i)
else:
    print("for else ran")

for i in range(10):
    if i == 3:
        break
    print("b", i)
else:
    print("not printed")

for i in range(6):
    if i % 2:
        continue
    print("even", i)

n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while else", n)

while True:
    n -= 1
    if n < 2:
        break
print("after", n)

for i in range(10, 0, -3):
    print("down", i)
for i in range(0):
    print("never")
for i in range(5, 2):
    print("never")
for i in range(-5, 5, 4):
    print("up", i)
print("last i", i)
total = 0
for x in [1, 2, 3, 4]:
    total += x
print(total)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for ch in "abc":
    print(ch, end=" ")
print()
