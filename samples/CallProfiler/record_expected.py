# Records expected_output.txt with CPython 3.12: the same profile as Program.cs, taken by a Python tool on the same
# events (PY_START/PY_RETURN, generators' PY_YIELD/PY_RESUME), so the C# profiler's counts are checked against CPython's.
#   PYENV_VERSION=3.12.1 python3 record_expected.py > expected_output.txt
import sys
import runpy

mon = sys.monitoring
E = mon.events
calls = {}


def on_return(code, offset, value):
    if code.co_filename.endswith("workload.py"):
        calls[code.co_qualname] = calls.get(code.co_qualname, 0) + 1


mon.use_tool_id(mon.PROFILER_ID, "record")
mon.register_callback(mon.PROFILER_ID, E.PY_RETURN, on_return)
mon.set_events(mon.PROFILER_ID, E.PY_START | E.PY_RETURN | E.PY_YIELD | E.PY_RESUME)
runpy.run_path("workload.py", run_name="__main__")
mon.set_events(mon.PROFILER_ID, 0)
mon.free_tool_id(mon.PROFILER_ID)
print("calls  function")
for name, n in sorted(calls.items(), key=lambda p: (-p[1], p[0])):
    print(f"{n:5}  {name}")
