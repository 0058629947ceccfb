# abc: abstract methods and properties refusing instantiation, virtual subclasses by register(), __subclasshook__,
# the isinstance/issubclass caches across registrations, update_abstractmethods and get_cache_token.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area {self.area()}, perimeter {self.perimeter()}"


class HalfDone(Shape):
    def area(self):
        return 0


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape) is ABCMeta, ABCMeta.__mro__, ABC.__abstractmethods__, ABC.__slots__)
print(isinstance(Square(1), Shape), issubclass(Square, HalfDone), issubclass(int, Shape))


class WithProperty(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(WithProperty.__abstractmethods__))


class Concrete(WithProperty):
    @property
    def value(self):
        return 5

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "helped"


print(Concrete.make().value, Concrete.helper(), Concrete.__abstractmethods__)


# Virtual subclasses.
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__ if B is not object and not B.__module__ == "builtins") or NotImplemented
        return NotImplemented


class Box:
    def __len__(self):
        return 0


class Nothing:
    pass


print(issubclass(Box, Sized), isinstance(Box(), Sized), issubclass(Nothing, Sized), isinstance(Nothing(), Sized))


class Registry(ABC):
    pass


token = abc.get_cache_token()
print(isinstance(3, Registry), issubclass(bool, Registry))
print(Registry.register(int) is int, abc.get_cache_token() != token)
print(isinstance(3, Registry), issubclass(bool, Registry), issubclass(str, Registry), isinstance(True, Registry))


@Registry.register
class Decorated:
    pass


print(issubclass(Decorated, Registry), Registry.register(Decorated) is Decorated)


class SubRegistry(Registry):
    pass


SubRegistry.register(float)
print(issubclass(float, Registry), issubclass(float, SubRegistry), issubclass(int, SubRegistry))
print([c.__name__ for c in Registry.__subclasses__()])
try:
    Registry.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    SubRegistry.register(Registry)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    issubclass(3, Registry)
except TypeError as e:
    print("TypeError:", e)


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, BadHook)
except AssertionError as e:
    print("AssertionError:", e)


# update_abstractmethods after filling a method in.
class Later(ABC):
    @abstractmethod
    def run(self):
        ...


try:
    Later()
except TypeError as e:
    print("TypeError:", e)
Later.run = lambda self: "ran"
abc.update_abstractmethods(Later)
print(Later().run(), Later.__abstractmethods__)
print(abc.update_abstractmethods(Nothing) is Nothing)


# Keywords pass through ABCMeta to __init_subclass__.
class Plugin(ABC):
    kinds = []

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.kinds.append(kind)


class Csv(Plugin, kind="csv"):
    pass


print(Plugin.kinds, hasattr(Csv, "_abc_impl"))
try:
    abstractmethod(len)
except AttributeError as e:
    print("AttributeError:", e)
