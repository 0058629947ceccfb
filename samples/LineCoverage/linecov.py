# A line-coverage tool on PEP 669 sys.monitoring, the way coverage.py's "sysmon" core works: a LINE callback records
# (file, line) and returns DISABLE, so each line costs one callback the first time it runs and nothing after.
import sys

monitoring = sys.monitoring
TOOL = monitoring.COVERAGE_ID


class LineCoverage:
    def __init__(self, files):
        self.files = files          # the file names to measure
        self.executed = {}          # file name -> set of line numbers

    def _on_line(self, code, line):
        name = code.co_filename.rsplit("/", 1)[-1]
        if name in self.files:
            self.executed.setdefault(name, set()).add(line)
        return monitoring.DISABLE

    def start(self):
        monitoring.use_tool_id(TOOL, "linecov")
        monitoring.register_callback(TOOL, monitoring.events.LINE, self._on_line)
        monitoring.set_events(TOOL, monitoring.events.LINE)

    def stop(self):
        monitoring.set_events(TOOL, 0)
        monitoring.register_callback(TOOL, monitoring.events.LINE, None)
        monitoring.free_tool_id(TOOL)
        monitoring.restart_events()

    def report(self):
        for name in sorted(self.executed):
            lines = sorted(self.executed[name])
            print(f"{name}: {len(lines)} lines executed: {_ranges(lines)}")


def _ranges(numbers):
    parts = []
    start = prev = None
    for n in numbers:
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            parts.append(f"{start}-{prev}" if prev != start else f"{start}")
            start = prev = n
    if start is not None:
        parts.append(f"{start}-{prev}" if prev != start else f"{start}")
    return ", ".join(parts) if parts else "-"
