# Monitoring cost: a nested loop with no calls. Part of benchmarks/Runner --monitoring.
from monitoring_tool import get_mode, tool_off, tool_on


def nested(n):
    total = 0
    for i in range(n):
        j = 0
        while j < n:
            total += (i * j + 3) % 7
            j += 1
    return total


mode = get_mode()
tool_on(mode)
result = nested(2500)
tool_off(mode)
print("mon_loops", result)
