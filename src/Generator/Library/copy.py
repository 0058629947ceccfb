"""Generic (shallow and deep) copying operations (PyAot's copy module).

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y

For module specific errors, copy.Error is raised.

Copying follows CPython 3.12's copy module: the built-in containers by their own copies, atomic values as they are,
a class's __copy__ and __deepcopy__ when it defines them, and otherwise an instance rebuilt as __reduce_ex__(4)
describes it (a new object of its class, without __init__, given its __dict__ and its slots, through __setstate__
when the class defines one; an exception from its class and args), with the memo dictionary and the keep-alive list
deepcopy documents. There is no __reduce_ex__ to call on compiled objects, so the module works out what CPython's
gives; objects of the runtime's own types that CPython cannot copy either (generators, files, modules...) raise
CPython's TypeError ("cannot pickle 'X' object").
"""


from collections import deque as _deque
from array import array as _array


class Error(Exception):
    pass


error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]


def _f():
    pass


_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)
_FunctionType = type(_f)
_BuiltinFunctionType = type(len)


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat it as a regular class:
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (_NoneType, int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice, property,
          _BuiltinFunctionType, _EllipsisType, _NotImplementedType, _FunctionType):
    d[t] = _copy_immutable
def _copy_by_method(x):
    # set and deque copy themselves (set.copy, read from the type, is not there yet)
    return x.copy()


def _copy_array(x, memo=None):
    # array.__copy__, which is its __deepcopy__ too: its items are numbers
    return x.__copy__()


d[list] = list.copy
d[dict] = dict.copy
d[set] = _copy_by_method
d[_deque] = _copy_by_method
d[_array] = _copy_array

del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (_NoneType, _EllipsisType, _NotImplementedType, int, float, bool, complex, bytes, str, type, range,
          _BuiltinFunctionType, _FunctionType, property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    # (Read into a name first: the compiler tests a `name = d[k]` miss without raising it.)
    try:
        copied = memo[id(x)]
        return copied
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # (CPython reaches a set through set.__reduce_ex__: a new set of the deep-copied items, memoised after them)
    return set([deepcopy(a, memo) for a in x])


d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    # (frozenset.__reduce__: a new frozenset of the deep-copied items, even when they are the same)
    return frozenset([deepcopy(a, memo) for a in x])


d[frozenset] = _deepcopy_frozenset


def _deepcopy_deque(x, memo, deepcopy=deepcopy):
    # deque.__reduce_ex__: an empty deque of the same maxlen, memoised, then the items appended deep-copied
    y = _deque((), x.maxlen)
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


d[_deque] = _deepcopy_deque


d[_array] = _copy_array

del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        alive = memo[id(memo)]  # (into a name: see _deepcopy_tuple)
        alive.append(x)
    except KeyError:
        # The first one.
        memo[id(memo)] = [x]


def _slot_names(cls):
    # copyreg._slotnames: the slots declared along the MRO, mangled as the class body wrote them.
    names = []
    for c in cls.__mro__:
        if c is not object and "__slots__" in c.__dict__:
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = "_%s%s" % (stripped, name)
                names.append(name)
    return names


def _new_instance(cls):
    return cls.__new__(cls)


def _reduce(x):
    # What __reduce_ex__(4) gives for x: for an exception, BaseException.__reduce__ (its class, its args, its
    # __dict__); for an instance of a program's class, object.__reduce_ex__ (a new object of its class, and its
    # state: __getstate__()'s when the class defines it, else its __dict__, None when empty, paired with its slots).
    cls = type(x)
    if isinstance(x, BaseException):
        return cls, x.args, getattr(x, "__dict__", None) or None
    try:
        own = cls.__dict__
    except NotImplementedError:
        own = {}
    if "__module__" not in own:
        # one of the runtime's own types (a generator, a file, a module...): only a class statement or type() puts
        # __module__ in a class's own namespace
        raise TypeError("cannot pickle %r object" % cls.__name__)
    getstate = None
    for c in cls.__mro__:
        if c is object:
            break
        namespace = c.__dict__
        # A class's own __reduce_ex__ or __reduce__ decides, as in CPython.
        if "__reduce_ex__" in namespace:
            return x.__reduce_ex__(4)
        if "__reduce__" in namespace:
            return x.__reduce__()
        if getstate is None and "__getstate__" in namespace:
            getstate = getattr(x, "__getstate__")
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(x, "__dict__", None) or None
        slots = _slot_names(cls)
        if slots:
            slotstate = {}
            for name in slots:
                try:
                    slotstate[name] = getattr(x, name)
                except AttributeError:
                    pass
            if slotstate:
                state = (state, slotstate)
    return _new_instance, (cls,), state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
