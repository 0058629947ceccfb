import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.COVERAGE_ID

hits = []
calls = [0]
WANT = {"work", "classify"}


def on_line(code, line):
    calls[0] += 1
    if code.co_name in WANT:
        hits.append((code.co_name, line - code.co_firstlineno))
    return mon.DISABLE


def classify(n):
    if n % 3 == 0:
        return "fizz"
    if n % 5 == 0:
        return "buzz"
    return "num"


def work(limit):
    out = []
    i = 0
    while i < limit:
        out.append(classify(i))
        i += 1
    return out


def report(label):
    print(label, "hits:", len(hits))
    for name, rel in sorted(hits):
        print("   ", name, rel)


mon.use_tool_id(TOOL, "coverage")
mon.register_callback(TOOL, E.LINE, on_line)
mon.set_events(TOOL, E.LINE)
r1 = work(8)
r2 = work(8)
events_after = mon.get_events(TOOL)
mon.set_events(TOOL, 0)
report("first two runs")
print("global events unchanged by DISABLE:", events_after == E.LINE)
print(r1 == r2, r1)

hits.clear()
mon.set_events(TOOL, E.LINE)
work(8)
mon.set_events(TOOL, 0)
report("re-enabled without restart")

hits.clear()
mon.restart_events()
mon.set_events(TOOL, E.LINE)
work(1)
mon.set_events(TOOL, 0)
report("after restart_events, work(1)")

hits.clear()
mon.set_events(TOOL, E.LINE)
work(8)
mon.set_events(TOOL, 0)
report("again work(8)")

mon.register_callback(TOOL, E.LINE, None)
mon.restart_events()
mon.free_tool_id(TOOL)
