"""Records CPython 3.12's BRANCH, JUMP, RAISE, RERAISE, EXCEPTION_HANDLED and PY_UNWIND events for the conformance
programs that MonitoredProgramTests runs: each program is imported by the watcher (watcher.py.txt, NAME substituted),
whose output after the program's own is the first events of the program's file (kind, co_qualname, line of the offset,
line of the destination or the exception's type) and their counts. Usage: python3.12 BranchTraces/record_traces.py
[NAME...] writes BranchTraces/NAME.trace for each (all of them when no name is given)."""
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
programs = os.path.join(here, "..", "Programs")
def eligible():
    """The programs MonitoredProgramTests runs (the same filters)."""
    import re
    for file in sorted(os.listdir(programs)):
        name, ext = os.path.splitext(file)
        if ext != ".py" or not os.path.exists(os.path.join(programs, name + ".expected")):
            continue
        if os.path.exists(os.path.join(programs, name + ".expected_err")) or name.startswith("monitoring_"):
            continue
        source = open(os.path.join(programs, file), encoding="utf-8").read()
        if re.search(r"__main__|sys\.argv|__file__", source) or name in ("recursion_typed", "gen_edge"):
            continue
        if "__main__" in open(os.path.join(programs, name + ".expected"), encoding="utf-8").read():
            continue
        yield name


def record(here, marker, names):
    """Runs each program under here/watcher.py.txt with CPython and writes here/NAME.trace: its output from marker on."""
    watcher = open(os.path.join(here, "watcher.py.txt"), encoding="utf-8").read()
    for name in names or list(eligible()):
        with tempfile.TemporaryDirectory() as tmp:
            main = os.path.join(tmp, "watch_main.py")
            with open(main, "w", encoding="utf-8") as f:
                f.write(watcher.replace("{0}", name))
            env = dict(os.environ, PYTHONPATH=programs, PYTHONHASHSEED="0")
            r = subprocess.run([sys.executable, main], capture_output=True, text=True, env=env, cwd=programs, timeout=120)
            out = r.stdout
            start = out.find(marker)
            if r.returncode != 0 or start < 0:
                print(f"skip {name}: exit {r.returncode}", file=sys.stderr)
                continue
            with open(os.path.join(here, name + ".trace"), "w", encoding="utf-8", newline="\n") as f:
                f.write(out[start:])


if __name__ == "__main__":
    record(here, "==flow==", sys.argv[1:])
