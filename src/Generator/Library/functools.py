"""Higher-order functions and operations on callable objects (PyAot's functools module).

What CPython 3.12 documents, with its behaviour and messages: reduce, partial, update_wrapper and wraps,
total_ordering, cmp_to_key, lru_cache and cache (a wrapper object that binds as a method, as CPython's C
_lru_cache_wrapper does), and cached_property. partialmethod, singledispatch and singledispatchmethod are not here
yet (a program that imports them is refused at build time).
"""

from collections import namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


################################################################################
# update_wrapper() and wraps()
################################################################################

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

       wrapper is the function to be updated
       wrapped is the original function
       assigned is a tuple naming the attributes assigned directly
       from the wrapped function to the wrapper function (defaults to
       functools.WRAPPER_ASSIGNMENTS)
       updated is a tuple naming the attributes of the wrapper that
       are updated with the corresponding attribute from the wrapped
       function (defaults to functools.WRAPPER_UPDATES)
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # __wrapped__ last, so that copying __dict__ cannot bring the wrapped function's own.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a decorator that invokes update_wrapper() with the decorated
       function as the wrapper argument and the arguments to wraps() as the
       remaining arguments. Default arguments are as for update_wrapper().
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################################
# total_ordering
################################################################################

def _derived_comparison(root, target, negate, join):
    """target (a dunder name) computed from the class's own root comparison, which is called directly (not through
    the operator, whose reflected fallback could recurse); NotImplemented passes through."""
    def comparison(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if join == "and_ne":
            return result and self != other
        if join == "or_eq":
            return result or self == other
        return result

    comparison.__name__ = target
    comparison.__qualname__ = f"_{target[2:4]}_from_{root[2:4]}"
    return comparison


# For each root, the three others: (target, negate the root's result, then "and !=" / "or ==" / nothing).
_convert = {
    '__lt__': [('__gt__', True, "and_ne"), ('__le__', False, "or_eq"), ('__ge__', True, None)],
    '__le__': [('__ge__', True, "or_eq"), ('__lt__', False, "and_ne"), ('__gt__', True, None)],
    '__gt__': [('__lt__', True, "and_ne"), ('__ge__', False, "or_eq"), ('__le__', True, None)],
    '__ge__': [('__le__', True, "or_eq"), ('__gt__', False, "and_ne"), ('__lt__', True, None)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # The comparisons the class defines (not object's).
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # __lt__ before __le__ before __gt__ before __ge__
    for target, negate, join in _convert[root]:
        if target not in roots:
            setattr(cls, target, _derived_comparison(root, target, negate, join))
    return cls


################################################################################
# cmp_to_key
################################################################################

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function"""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


################################################################################
# reduce
################################################################################

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    """
    reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
    ((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
    of the iterable in the calculation, and serves as a default when the
    iterable is empty.
    """
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


################################################################################
# partial
################################################################################

class partial:
    """New function with partial application of the given arguments
    and keywords.
    """

    __slots__ = "func", "args", "keywords", "__dict__", "__weakref__"

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial) and type(func) is partial:
            # partial(partial(f, 1), 2) is partial(f, 1, 2).
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super(partial, cls).__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        qualname = type(self).__qualname__
        module = type(self).__module__
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"{module}.{qualname}({', '.join(args)})"

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
           (kwds is not None and not isinstance(kwds, dict)) or
           (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        if namespace is None:
            namespace = {}
        self.__dict__ = namespace
        self.func = func
        self.args = args
        self.keywords = kwds


################################################################################
# lru_cache and cache
################################################################################

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"], module="functools")

_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    """The cache key of a call: the positional arguments, a marker and the keyword items, then (typed) the types;
    a lone int or str argument is its own key."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


# Fields of a link of the recency list: [previous, next, key, result].
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3


class _lru_cache_wrapper:
    """The callable lru_cache() returns: the function's results by argument, the least recently used dropped beyond
    maxsize (CPython's C _lru_cache_wrapper; reading it through an instance binds it, as a function would)."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        self._full = False
        root = []
        root[:] = [root, root, None, None]
        self._root = root

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if maxsize is None:
            if key in cache:
                self._hits += 1
                return cache[key]
            self._misses += 1
            result = self.__wrapped__(*args, **kwds)
            cache[key] = result
            return result
        link = cache.get(key)
        if link is not None:
            # A hit moves its link to the most recent end.
            root = self._root
            link_prev, link_next, _key, result = link
            link_prev[_NEXT] = link_next
            link_next[_PREV] = link_prev
            last = root[_PREV]
            last[_NEXT] = root[_PREV] = link
            link[_PREV] = last
            link[_NEXT] = root
            self._hits += 1
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            # The call itself cached this key (a recursive call): the link is already in place.
            pass
        elif self._full:
            # The old root takes the new entry; the oldest link becomes the root.
            oldroot = self._root
            oldroot[_KEY] = key
            oldroot[_RESULT] = result
            root = self._root = oldroot[_NEXT]
            oldkey = root[_KEY]
            root[_KEY] = root[_RESULT] = None
            del cache[oldkey]
            cache[key] = oldroot
        else:
            root = self._root
            last = root[_PREV]
            link = [last, root, key, result]
            last[_NEXT] = root[_PREV] = cache[key] = link
            self._full = len(cache) >= maxsize
        return result

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _BoundCache(self, instance)

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        root = self._root
        root[:] = [root, root, None, None]
        self._hits = self._misses = 0
        self._full = False

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _BoundCache:
    """A cached function read through an instance: a method bound to it (CPython's method object)."""

    __slots__ = ('__func__', '__self__')

    def __init__(self, func, instance):
        self.__func__ = func
        self.__self__ = instance

    def __call__(self, /, *args, **kwds):
        return self.__func__(self.__self__, *args, **kwds)

    def __getattr__(self, name):
        return getattr(self.__func__, name)

    def __repr__(self):
        return f"<bound method {getattr(self.__func__, '__qualname__', '?')} of {self.__self__!r}>"


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        # A negative maxsize caches nothing, as 0 does.
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses: the function came as maxsize.
        user_function, maxsize = maxsize, 128
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)

    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################################
# cached_property
################################################################################

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val
