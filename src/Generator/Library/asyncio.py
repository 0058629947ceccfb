"""Asynchronous programming with coroutines (PyAot's asyncio module).

What ordinary scripts use of CPython 3.12's asyncio package, with its scheduling order, results, exceptions and
messages: run and Runner, sleep, create_task, Task and Future, gather, wait_for, timeout/timeout_at, wait,
as_completed, shield, the queues, the synchronization primitives (Lock, Event, Condition, Semaphore,
BoundedSemaphore), the event loop's callbacks and timers, current_task and all_tasks. The event loop is our own and
has no I/O: a ready deque and a timer heap over time.monotonic(), sleeping with time.sleep() when only timers are
pending. No selectors, sockets, streams, subprocesses, threads or signals (a program that imports one of those names
is refused at build time). Tasks and futures have the default repr, and an exception nobody retrieved is not logged
(CPython logs it when the task is garbage collected). iscoroutinefunction is not here (a compiled function has no
co_flags to tell).
"""

import sys as _sys
import time as _time
from heapq import heappush as _heappush, heappop as _heappop
from collections import deque as _deque
from collections.abc import Coroutine as _Coroutine

__all__ = (
    'BaseEventLoop', 'AbstractEventLoop', 'Handle', 'TimerHandle',
    'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_running_loop',
    'CancelledError', 'InvalidStateError', 'TimeoutError',
    'Future', 'isfuture', 'wrap_future',
    'Task', 'create_task', 'current_task', 'all_tasks', 'ensure_future',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield',
    'Timeout', 'timeout', 'timeout_at',
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty',
    'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
    'Runner', 'run', 'iscoroutine',
)


################################################################################
# Exceptions
################################################################################

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


# Since 3.11 asyncio's TimeoutError is the built-in one.
TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'


################################################################################
# Coroutines
################################################################################

async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return isinstance(obj, (_CoroutineType, _Coroutine))


################################################################################
# Handles and the event loop
################################################################################

class Handle:
    """Object returned by callback registration methods."""
    __module__ = 'asyncio.events'

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""
    __module__ = 'asyncio.events'

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback and
                    self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """Return a scheduled callback time (an absolute timestamp, in the loop's time())."""
        return self._when


class AbstractEventLoop:
    """Abstract event loop."""
    __module__ = 'asyncio.events'


# The loop run_forever is running (one thread: a global), and the loop set_event_loop set.
_running_loop = None
_event_loop = None
_event_loop_set = False


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop stops by itself: the exception escapes run_forever.
            return
    fut.get_loop().stop()


class BaseEventLoop(AbstractEventLoop):
    """The event loop: callbacks ready to run (call_soon's FIFO) and timers (a heap ordered by their time)."""
    __module__ = 'asyncio.base_events'

    def __init__(self):
        self._ready = _deque()
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._exception_handler = None
        self._debug = False
        self._timer_cancelled_count = 0
        # The asynchronous generators first iterated while this loop ran (its firstiter hook), so that
        # shutdown_asyncgens can close those left unfinished. A dict as an ordered set: CPython's is a WeakSet, whose
        # finalizer hook closes a generator dropped before then; compiled code finalizes no generator.
        self._asyncgens = {}
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def time(self):
        return _time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name, context=context)

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        _heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._running = True
        old_agen_hooks = _sys.get_asyncgen_hooks()
        _set_running_loop(self)
        try:
            _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                    finalizer=self._asyncgen_finalizer_hook)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            _sys.set_asyncgen_hooks(*old_agen_hooks)

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens[agen] = None

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.pop(agen, None)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception was raised by the task: mark it retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._timer_cancelled_count = 0

    async def shutdown_asyncgens(self):
        """Close the asynchronous generators this loop iterated that have not finished."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        # No executors here.
        pass

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        # CPython logs through the logging module, with the traceback; stderr gets the message and exception here.
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            message = f'{message}\n{type(exception).__name__}: {exception}'
        print(message, file=_sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })

    def _run_once(self):
        # Drop cancelled timers at the head (CPython also compacts the heap when many are cancelled; the order of
        # what runs is the same).
        while self._scheduled and self._scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            handle = _heappop(self._scheduled)
            handle._scheduled = False

        if not self._ready and not self._stopping:
            if self._scheduled:
                # Where CPython's selector waits: nothing to do until the first timer.
                delay = self._scheduled[0]._when - self.time()
                if delay > 0:
                    _time.sleep(delay)
            else:
                # Nothing will ever be ready (CPython blocks in select forever too).
                while True:
                    _time.sleep(3600)

        end_time = self.time() + 1e-09
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = _heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        # Only the callbacks ready now: those they schedule run in the next iteration.
        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()


class _UnixSelectorEventLoop(BaseEventLoop):
    # CPython's default loop class on Linux, named so that type(loop) and repr(loop) read as there.
    __module__ = 'asyncio.unix_events'


def get_running_loop():
    """Return the running event loop.  Raise a RuntimeError if there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """Return the running loop, else the loop set_event_loop set (a new one before any was set)."""
    global _event_loop
    loop = _running_loop
    if loop is not None:
        return loop
    if _event_loop is None and not _event_loop_set:
        # CPython 3.12 also warns (DeprecationWarning) here.
        set_event_loop(new_event_loop())
    if _event_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop


def set_event_loop(loop):
    """Set the current event loop (None for none)."""
    global _event_loop, _event_loop_set
    _event_loop_set = True
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _event_loop = loop


def new_event_loop():
    """Return a new event loop."""
    return _UnixSelectorEventLoop()


################################################################################
# Futures
################################################################################

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj is a Future (an object with asyncio's future protocol)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


class Future:
    """A result that will be set later, with callbacks run (by the loop) when it is done."""
    __module__ = '_asyncio'

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = get_event_loop()
        self._loop = loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # The task waits for this future.
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    """Return future if it is an asyncio Future (there are no concurrent.futures here)."""
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')


################################################################################
# Tasks
################################################################################

_task_name_counter = 0
# The tasks not done yet, in creation order (CPython keeps a WeakSet; a task leaves this when it is done).
_pending_tasks = {}


def _next_task_name():
    global _task_name_counter
    _task_name_counter += 1
    return f'Task-{_task_name_counter}'


class Task(Future):
    """A coroutine wrapped in a Future: the loop runs it a step at a time."""
    __module__ = '_asyncio'

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            self._name = _next_task_name()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._loop.call_soon(self._step)
        _pending_tasks[self] = None

    def get_coro(self):
        return self._coro

    def get_context(self):
        return None

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waiter's CancelledError wakes the task up.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        _pending_tasks.pop(self, None)

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        if loop._current_task is not None:
            raise RuntimeError(f'Cannot enter into task {self!r} while another task '
                               f'{loop._current_task!r} is being executed.')
        loop._current_task = self
        try:
            self._step_run(exc)
        finally:
            loop._current_task = None

    def _step_run(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._finish()
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            self._finish()
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            self._finish()
            Future.set_exception(self, error)
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if result.get_loop() is not self._loop:
                    self._loop.call_soon(self._step, RuntimeError(
                        f'Task {self!r} got Future {result!r} attached to a different loop'))
                elif blocking:
                    if result is self:
                        self._loop.call_soon(self._step, RuntimeError(f'Task cannot await on itself: {self!r}'))
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self._wakeup)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    self._loop.call_soon(self._step, RuntimeError(
                        f'yield was used instead of yield from in task {self!r} with {result!r}'))
            elif result is None:
                # A bare yield (sleep(0)): run again on the next iteration.
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine object in a task on the running loop; return the Task."""
    loop = get_running_loop()
    # As CPython: the task takes a number (Task-N) even when it is named.
    task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def current_task(loop=None):
    """Return the task running now on the loop (the running loop by default), or None."""
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    """Return the set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_pending_tasks) if t._loop is loop and not t.done()}


async def _wrap_awaitable(awaitable):
    return await awaitable


def _is_awaitable(obj):
    return hasattr(type(obj), '__await__')


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a Task; a Future is returned as it is."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    should_close = True
    if not iscoroutine(coro_or_future):
        if _is_awaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            should_close = False
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if should_close:
            coro_or_future.close()
        raise


class _Sleep0:
    # What sleep(0) awaits: one bare yield, which the task answers by running again on the loop's next iteration.
    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    # gather's outer future: cancelling it cancels the children instead.
    __module__ = '_asyncio'

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Return a future aggregating the results of the given coroutines and futures, in their order."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    state = _GatherState(return_exceptions)
    arg_to_fut = {}
    done_futs = []
    loop = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            state.nfuts += 1
            arg_to_fut[arg] = fut
            if fut.done():
                done_futs.append(fut)
            else:
                fut.add_done_callback(state.done_callback)
        else:
            fut = arg_to_fut[arg]
        state.children.append(fut)

    state.outer = _GatheringFuture(state.children, loop=loop)
    for fut in done_futs:
        state.done_callback(fut)
    return state.outer


class _GatherState:
    # gather's bookkeeping, shared by the children's done callbacks.
    def __init__(self, return_exceptions):
        self.return_exceptions = return_exceptions
        self.children = []
        self.nfuts = 0
        self.nfinished = 0
        self.outer = None

    def done_callback(self, fut):
        self.nfinished += 1
        outer = self.outer
        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved.
                fut.exception()
            return
        if not self.return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if self.nfinished == self.nfuts:
            results = []
            for child in self.children:
                if child.cancelled():
                    res = CancelledError('' if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)


def shield(arg):
    """Wait for a future, shielding it from cancellation: cancelling the caller does not cancel it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _WaitState:
    # wait()'s completion counter, shared by the futures' done callbacks.
    def __init__(self, waiter, count, return_when):
        self.waiter = waiter
        self.counter = count
        self.return_when = return_when
        self.timeout_handle = None

    def on_completion(self, f):
        self.counter -= 1
        if (self.counter <= 0 or
                self.return_when == FIRST_COMPLETED or
                self.return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if self.timeout_handle is not None:
                self.timeout_handle.cancel()
            if not self.waiter.done():
                self.waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; return (done, pending), two sets (a timeout does not raise)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    state = _WaitState(waiter, len(fs), return_when)
    if timeout is not None:
        state.timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    for f in fs:
        f.add_done_callback(state.on_completion)
    try:
        await waiter
    finally:
        if state.timeout_handle is not None:
            state.timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(state.on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter, f)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        # Not fut itself: this wait must stay cancellable.
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Wait for a coroutine or future to complete, with a timeout (None for none): TimeoutError when it runs out,
    after cancelling it."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError from exc
    async with timeout_at(None if timeout is None else get_running_loop().time() + timeout):
        return await fut


class _AsCompleted:
    # as_completed's shared state: a queue of finished futures (None when the timeout ran out).
    def __init__(self, todo):
        self.todo = todo
        self.done = Queue()
        self.timeout_handle = None

    def on_timeout(self):
        for f in self.todo:
            f.remove_done_callback(self.on_completion)
            self.done.put_nowait(None)
        self.todo.clear()

    def on_completion(self, f):
        if not self.todo:
            return  # on_timeout was here first.
        self.todo.remove(f)
        self.done.put_nowait(f)
        if not self.todo and self.timeout_handle is not None:
            self.timeout_handle.cancel()

    async def wait_for_one(self):
        f = await self.done.get()
        if f is None:
            raise TimeoutError
        return f.result()


def as_completed(fs, *, timeout=None):
    """Return an iterator of coroutines giving the results of fs's futures in the order they complete."""
    # A generator, as CPython's: nothing is checked or scheduled before the first next().
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    loop = get_event_loop()
    # CPython iterates a set here (an order by address); the arguments' order, less duplicates, here.
    todo = []
    for f in dict.fromkeys(fs):
        fut = ensure_future(f, loop=loop)
        if fut not in todo:
            todo.append(fut)
    state = _AsCompleted(todo)
    for f in todo:
        f.add_done_callback(state.on_completion)
    if todo and timeout is not None:
        state.timeout_handle = loop.call_later(timeout, state.on_timeout)
    for _ in range(len(todo)):
        yield state.wait_for_one()


################################################################################
# Timeouts
################################################################################

class Timeout:
    """Asynchronous context manager cancelling the code in it at a deadline of the loop's time (TimeoutError)."""
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ''
        if self._state == 'active':
            when = round(self._when, 3) if self._when is not None else None
            info = f' when={when}'
        return f"<Timeout [{self._state}]{info}>"

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 'active'
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                # The cancellation was ours: it becomes the TimeoutError.
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    """Timeout async context manager: delay seconds from now (None for no timeout)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Timeout async context manager at an absolute time of loop.time() (None for no timeout)."""
    return Timeout(when)


################################################################################
# Synchronization primitives
################################################################################

class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _running_loop
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop

    def _repr_with_state(self, res, state):
        """The primitives' repr: res (object's) with [state, waiters:N] before its closing bracket."""
        if self._waiters:
            state = f'{state}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{state}]>'


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        # The lock is not returned: "async with lock as x" gives None, as in CPython.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """Primitive lock: acquire() waits until it is released, first come first served."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self._locked else 'unlocked'
        return self._repr_with_state(res, extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """A flag tasks can wait for: set() wakes them all."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'set' if self._value else 'unset'
        return self._repr_with_state(res, extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable over a lock: wait() until notified."""
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else 'unlocked'
        return self._repr_with_state(res, extra)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is held again however the wait ended.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter: acquire() decrements it, waiting while it is zero; release() increments it."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return self._repr_with_state(res, extra)

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                # Woken, then cancelled: pass the wakeup on.
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


################################################################################
# Queues
################################################################################

class Queue(_LoopBoundMixin):
    """A FIFO queue for tasks: get() waits for an item, put() for room (maxsize > 0)."""
    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if self._queue:
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def _wait(self, waiters, blocked):
        """Waits in waiters while blocked() holds (put: the queue is full; get: it is empty)."""
        while blocked():
            waiter = self._get_loop().create_future()
            waiters.append(waiter)
            try:
                await waiter
            except:
                waiter.cancel()
                try:
                    waiters.remove(waiter)
                except ValueError:
                    pass
                if not blocked() and not waiter.cancelled():
                    # Woken, then cancelled: the next waiter gets the wakeup.
                    self._wakeup_next(waiters)
                raise

    async def put(self, item):
        await self._wait(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        await self._wait(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue giving the smallest item first (a heap)."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """A Queue giving the most recently added item first."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


################################################################################
# Runners
################################################################################

def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


class Runner:
    """A context manager owning an event loop: run() runs coroutines in it, close() cancels what is left and
    closes it."""
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            # As CPython: each runs the loop a little, so callbacks still pending run.
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _running_loop is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'


def run(main, *, debug=None, loop_factory=None):
    """Run the coroutine main in a new event loop and return its result; the loop is closed at the end."""
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)
