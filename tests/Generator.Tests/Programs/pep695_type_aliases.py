# PEP 695 type aliases (typing.TypeAliasType): lazy values, subscription, unions, errors
import typing
def f[T](): pass
T = f.__type_params__[0]
print(T.__module__, repr(T), T.__bound__, T.__constraints__)
type A = int
print(A.__module__, A.__parameters__)
try: A[int]
except TypeError as e: print(e)
try: A.__value__ = 2
except AttributeError as e: print(e)
try: A.foo = 2
except AttributeError as e: print(e)
type B[K] = list[K]
print(B[int], type(B[int]), B[int].__origin__, B.__parameters__, B | int)
print(typing.TypeAliasType("C", int), typing.TypeAliasType("C", int).__value__)
try: typing.TypeAliasType(1, int)
except TypeError as e: print(e)
class G[T]:
    pass
print(G[int], G.__type_params__, G[int].__origin__)
try: G[int, str]
except TypeError as e: print(e)
def dec(fn): print("decorating", fn.__name__, fn.__type_params__); return fn
@dec
def h[X: int](a: X) -> X: return a
print(h(3), h.__annotations__)
print(type(T).__name__, T in f.__type_params__, hash(T) is not None)
