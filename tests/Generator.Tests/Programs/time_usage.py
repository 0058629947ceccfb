import time
from time import perf_counter as pc
import time as t
start = time.perf_counter()
total = 0
for i in range(100000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 60, type(elapsed).__name__)
now = time.time()
print(now > 1_600_000_000, isinstance(now, float), t.time() >= now)
a = pc(); b = pc()
print(b >= a, isinstance(time.monotonic(), float), time.time_ns() > 10 ** 18, type(time.perf_counter_ns()).__name__)
time.sleep(0.01)
print(time.perf_counter() - start > 0.005)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
