"""Abstract base classes, PEP 3119 (PyAot's abc module).

ABCMeta works out each class's __abstractmethods__ (which makes the runtime's object.__new__ refuse to instantiate
it), keeps the classes registered as virtual subclasses, and answers isinstance() and issubclass() through
__subclasshook__, the MRO, the registry and the subclasses, caching answers until the next registration, as
CPython's _abc module does. The deprecated abstractclassmethod, abstractstaticmethod and abstractproperty are not
here (a program that imports them is refused at build time).
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method abstract: a class whose metaclass is ABCMeta cannot be instantiated while it has one not
    overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# Bumped by every register(): cached negative answers made before it are stale.
_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever a class is registered with any ABC (for callers caching issubclass answers)."""
    return _invalidation_counter


class _AbcData:
    """The per-class state CPython keeps in its _abc_impl: the registry of virtual subclasses and the two caches."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version', 'collection_flags')

    def __init__(self, collection_flags):
        self.collection_flags = collection_flags
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _invalidation_counter


def _abstracts_of(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items
                 if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """The metaclass of abstract base classes: classes using it may declare abstract methods, and other classes
    (even built-in ones) may be registered as their virtual subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace.items(), bases)
        # __abc_tpflags__ (collections.abc's Sequence and Mapping) marks the class for match statements; the runtime
        # took it out of the class's namespace, as _abc_init does
        flags = namespace.get('__abc_tpflags__', 0)
        for base in bases:
            impl = base.__dict__.get('_abc_impl') if isinstance(base, ABCMeta) else None
            if impl is None:
                for b in base.__mro__:
                    impl = b.__dict__.get('_abc_impl') if isinstance(b, ABCMeta) else None
                    if impl is not None:
                        break
            if impl is not None:
                flags |= impl.collection_flags
        cls._abc_impl = _AbcData(flags)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns it, so that this can be a class decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _invalidation_counter += 1
        flags = cls._abc_impl.collection_flags
        if flags and subclass.__module__ != 'builtins':
            # _abc_register: a class registered with Sequence or Mapping is one for match statements too
            subclass.__abc_tpflags__ = flags
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_cache_version == _invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {set(impl.registry)!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute an ABC's __abstractmethods__ after methods were added to it or removed from it (a class decorator
    that implements methods calls this); a class that is not an ABC is returned unchanged."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta: derive from it to declare an abstract base class."""
    __slots__ = ()
