"""Records CPython 3.12's LINE and INSTRUCTION events for the conformance programs that MonitoredProgramTests runs:
each program is imported by the watcher (watcher.py.txt, NAME substituted), whose output after the program's own is
the count of records and the first 400 of the program's file (L LINE, I a run of INSTRUCTION events on one line; the
co_qualname and the line). Usage: python3.12 InstructionTraces/record_traces.py [NAME...] writes
InstructionTraces/NAME.trace for each (all of them when no name is given); it shares BranchTraces/record_traces.py's
runner."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "BranchTraces"))
import record_traces  # noqa: E402  (BranchTraces/record_traces.py)

record_traces.record(os.path.dirname(os.path.abspath(__file__)), "==instructions==", sys.argv[1:])
