# Ported from CPython 3.12's Lib/test/test_monitoring.py: ExceptionMonitoringTest (its recorders, get_events and
# check_balanced kept; the events are printed instead of asserted, so the expected output is CPython's list), and
# MonitoringEventsTest's raise and caught cases. test_async_for is left out: async code is not compiled yet.
import sys

E = sys.monitoring.events
TEST_TOOL = 2


class ExceptionRecorder:

    event_type = E.RAISE

    def __init__(self, events):
        self.events = events

    def __call__(self, code, offset, exc):
        self.events.append(("raise", type(exc)))


class StopiterationRecorder(ExceptionRecorder):

    event_type = E.STOP_ITERATION


class ReraiseRecorder(ExceptionRecorder):

    event_type = E.RERAISE

    def __call__(self, code, offset, exc):
        self.events.append(("reraise", type(exc)))


class UnwindRecorder(ExceptionRecorder):

    event_type = E.PY_UNWIND

    def __call__(self, code, offset, exc):
        self.events.append(("unwind", type(exc)))


class ExceptionHandledRecorder(ExceptionRecorder):

    event_type = E.EXCEPTION_HANDLED

    def __call__(self, code, offset, exc):
        self.events.append(("handled", type(exc)))


class ThrowRecorder(ExceptionRecorder):

    event_type = E.PY_THROW

    def __call__(self, code, offset, exc):
        self.events.append(("throw", type(exc)))


def get_events(func, tool, recorders):
    try:
        assert sys.monitoring._all_events() == {}
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


def show(name, events):
    print(name)
    for event in events:
        print("   ", event[0], event[1].__name__)


def check_balanced(name, func, recorders):
    events = get_events(func, TEST_TOOL, recorders)
    show(name, events)
    assert len(events) % 2 == 0
    for r, h in zip(events[::2], events[1::2]):
        assert r[0] in ("raise", "reraise"), r
        assert h[0] in ("handled", "unwind"), h
        assert r[1] == h[1]


exception_recorders = (
    ExceptionRecorder,
    ReraiseRecorder,
    ExceptionHandledRecorder,
    UnwindRecorder
)


def test_simple_try_except():

    def func1():
        try:
            line = 2
            raise KeyError
        except:
            line = 5
        line = 6

    show("simple_try_except", get_events(func1, TEST_TOOL, (ExceptionRecorder,)))


def test_implicit_stop_iteration():

    def gen():
        yield 1
        return 2

    def implicit_stop_iteration():
        for _ in gen():
            pass

    show("implicit_stop_iteration", get_events(implicit_stop_iteration, TEST_TOOL, (StopiterationRecorder,)))


def test_explicit_reraise():

    def func():
        try:
            try:
                1/0
            except:
                raise
        except:
            pass

    check_balanced("explicit_reraise", func, exception_recorders)


def test_explicit_reraise_named():

    def func():
        try:
            try:
                1/0
            except Exception as ex:
                raise
        except:
            pass

    check_balanced("explicit_reraise_named", func, exception_recorders)


def test_implicit_reraise():

    def func():
        try:
            try:
                1/0
            except ValueError:
                pass
        except:
            pass

    check_balanced("implicit_reraise", func, exception_recorders)


def test_implicit_reraise_named():

    def func():
        try:
            try:
                1/0
            except ValueError as ex:
                pass
        except:
            pass

    check_balanced("implicit_reraise_named", func, exception_recorders)


def test_try_finally():

    def func():
        try:
            try:
                1/0
            finally:
                pass
        except:
            pass

    check_balanced("try_finally", func, exception_recorders)


def test_throw():

    def gen():
        yield 1
        yield 2

    def func():
        try:
            g = gen()
            next(g)
            g.throw(IndexError)
        except IndexError:
            pass

    check_balanced("throw", func, exception_recorders)
    events = get_events(func, TEST_TOOL, exception_recorders + (ThrowRecorder,))
    show("throw (with PY_THROW)", events)
    assert events[0] == ("throw", IndexError)


# MonitoringEventsTest: a function that raises, and one that catches, under every exception event.
def just_raise():
    raise Exception


def caught():
    try:
        1/0
    except Exception:
        pass


def test_events_of_raise_and_caught():
    def run_just_raise():
        try:
            just_raise()
        except Exception:
            pass
    check_balanced("just_raise", run_just_raise, exception_recorders)
    check_balanced("caught", caught, exception_recorders)


sys.monitoring.use_tool_id(TEST_TOOL, "test")
test_simple_try_except()
test_implicit_stop_iteration()
test_explicit_reraise()
test_explicit_reraise_named()
test_implicit_reraise()
test_implicit_reraise_named()
test_try_finally()
test_throw()
test_events_of_raise_and_caught()
sys.monitoring.free_tool_id(TEST_TOOL)
