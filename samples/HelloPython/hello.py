# Compiled to C# at build time: this module becomes the class PyAot.Modules.hello.
import sys

from shapes import area_table


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = "untouched"
    # PEP 709: an inlined comprehension is a loop in main(), and its `n` never leaks into main's `n`.
    squares = [n * n for n in range(10) if n % 2 == 0]
    print(f"squares of evens: {squares}, n is still {n!r}")

    # PEP 701: the same quotes nested inside an f-string.
    print(f"fibonacci: {", ".join([f"{fib(i)}" for i in range(15)])}")

    big = 2 ** 100
    print(f"{big = }")
    print(f"""a third of it: {
        big // 3   # expressions span lines, with comments
    :,}""")
    ratio = 22 / 7
    print(f"{ratio:.5f} {ratio!r} {'pi':>6}|{'ish':<5}|")
    print(area_table([1, 2.5, 10]), end="\n\n")

    # PEP 669: sys.monitoring sees the compiled code. Count the calls fib(12) makes; no tool, no cost.
    starts = {}

    def on_start(code, offset):
        starts[code.co_name] = starts.get(code.co_name, 0) + 1

    monitoring = sys.monitoring
    monitoring.use_tool_id(monitoring.PROFILER_ID, "hello")
    monitoring.register_callback(monitoring.PROFILER_ID, monitoring.events.PY_START, on_start)
    monitoring.set_local_events(monitoring.PROFILER_ID, fib.__code__, monitoring.events.PY_START)
    fib(12)
    monitoring.set_local_events(monitoring.PROFILER_ID, fib.__code__, 0)
    monitoring.free_tool_id(monitoring.PROFILER_ID)
    print(f"fib(12) started fib {starts['fib']} times")


if __name__ == "__main__":
    main()
