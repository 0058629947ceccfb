"""Records what a sys.settrace function sees under CPython 3.12 for the conformance programs that MonitoredProgramTests
runs: each program is imported by the watcher (watcher.py.txt, NAME substituted), whose output after the program's own
is the first records of the program's file (event, co_qualname, f_lineno, the exception's type) and their counts.
Usage: python3.12 SettraceTraces/record_traces.py [NAME...] writes SettraceTraces/NAME.trace for each (all of them when
no name is given); it shares BranchTraces/record_traces.py's runner."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "BranchTraces"))
import record_traces  # noqa: E402  (BranchTraces/record_traces.py)

record_traces.record(os.path.dirname(os.path.abspath(__file__)), "==trace==", sys.argv[1:])
