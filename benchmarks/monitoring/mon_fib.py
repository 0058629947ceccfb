# Monitoring cost: recursive calls (fib). Part of benchmarks/Runner --monitoring.
from monitoring_tool import get_mode, tool_off, tool_on


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def workload():
    total = 0
    for n in range(26, 32):
        total += fib(n)
    return total


mode = get_mode()
tool_on(mode)
result = workload()
tool_off(mode)
print("mon_fib", result)
