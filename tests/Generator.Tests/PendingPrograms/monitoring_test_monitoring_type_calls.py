# Ported from CPython 3.12's Lib/test/test_monitoring.py: TestLoadSuperAttr.test_vs_other_type_call, with the
# harness's recorders and its get_events kept line for line (as in Programs/monitoring_test_monitoring_calls, whose
# cases these follow in the test). Pending: PyAot's int values have no __repr__ attribute yet.
import sys

E = sys.monitoring.events
TEST_TOOL = 2


class LineRecorder:

    event_type = E.LINE


    def __init__(self, events):
        self.events = events

    def __call__(self, code, line):
        self.events.append(("line", code.co_name, line - code.co_firstlineno))

class CallRecorder:

    event_type = E.CALL

    def __init__(self, events):
        self.events = events

    def __call__(self, code, offset, func, arg):
        self.events.append(("call", func.__name__, arg))

class CEventRecorder:

    def __init__(self, events):
        self.events = events

    def __call__(self, code, offset, func, arg):
        self.events.append((self.event_name, func.__name__, arg))

class CReturnRecorder(CEventRecorder):

    event_type = E.C_RETURN
    event_name = "C return"

class CRaiseRecorder(CEventRecorder):

    event_type = E.C_RAISE
    event_name = "C raise"

RECORDERS = CallRecorder, LineRecorder, CReturnRecorder, CRaiseRecorder


def show(x):
    if x is sys.monitoring.MISSING:
        return "MISSING"
    if isinstance(x, (C, D, S)):
        return "<%s instance>" % type(x).__name__
    return x


class CheckEvents:

    def assertEqual(self, a, b):
        if a != b:
            raise AssertionError("%r != %r" % (a, b))

    def get_events(self, func, tool, recorders):
        try:
            self.assertEqual(sys.monitoring._all_events(), {})
            event_list = []
            all_events = 0
            for recorder in recorders:
                ev = recorder.event_type
                sys.monitoring.register_callback(tool, ev, recorder(event_list))
                all_events |= ev
            sys.monitoring.set_events(tool, all_events)
            func()
            sys.monitoring.set_events(tool, 0)
            for recorder in recorders:
                sys.monitoring.register_callback(tool, recorder.event_type, None)
            return event_list
        finally:
            sys.monitoring.set_events(tool, 0)
            for recorder in recorders:
                sys.monitoring.register_callback(tool, recorder.event_type, None)

    def check_events(self, name, func, tool=TEST_TOOL, recorders=RECORDERS):
        events = self.get_events(func, tool, recorders)
        print(name)
        for event in events:
            print("   ", tuple(show(x) for x in event))


class C:
    def method(self):
        return int().__repr__()


class D:
    def method(self):
        return int().__repr__


class S:
    def method(self):
        return super().__repr__()


c = C()
d = D()
s = S()


def f():
    return c.method()


def g():
    return d.method()


def h():
    return s.method()


sys.monitoring.use_tool_id(TEST_TOOL, "test")
t = CheckEvents()
t.check_events("test_vs_other_type_call int()", f)
t.check_events("test_vs_other_type_call int, no call", g)
t.check_events("test_vs_other_type_call super()", h)
sys.monitoring.free_tool_id(TEST_TOOL)
