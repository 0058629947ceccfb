# types.MappingProxyType: a read-only view of any mapping (mappingproxy_new, mappingproxy_* of descrobject.c);
# and the special methods a built-in type inherits from its built-in base (bool.__index__ is int.__index__).
import types

d = {'a': 1}
m = types.MappingProxyType(d)
print(m, m['a'], len(m), type(m).__name__, type(m) is type(type.__dict__))
for op in (lambda: m.__setitem__('b', 2), lambda: m.__delitem__('a')):
    try:
        op()
    except AttributeError as e:
        print(e)
try:
    del m['a']
except TypeError as e:
    print(e)
try:
    m['b'] = 2
except TypeError as e:
    print(e)
print(m == {'a': 1}, m != {'a': 1}, m | {'b': 2}, {'z': 0} | m, list(m), 'a' in m, m.get('q', 5), m.get('a'))
d['c'] = 3
print(m, m.keys(), m.values(), m.items(), m.copy(), str(m), repr(m))
for bad in ([1], (1,), 5, None):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
try:
    types.MappingProxyType()
except TypeError as e:
    print(type(e).__name__)


class M:
    def __getitem__(self, k):
        return k * 2

    def keys(self):
        return ['x']

    def get(self, k, d=None):
        return 'got'

    def __len__(self):
        return 7

    def __iter__(self):
        return iter('xyz')

    def __contains__(self, k):
        return k == 'in'


p = types.MappingProxyType(M())
print(p['ab'], p.get(1), len(p), list(p), 'in' in p, 'out' in p, type(p) is types.MappingProxyType)
print(types.MappingProxyType('abc')[1])
try:
    m |= {}
except TypeError as e:
    print(e)
print(types.MappingProxyType(mapping={'k': 'v'}))
print(hash(types.MappingProxyType(p)) if False else 'skip')
try:
    hash(m)
except TypeError as e:
    print(e)
nested = types.MappingProxyType(m)
print(nested, nested['c'])

print(hasattr(bool, '__index__'), hasattr(int, '__index__'), hasattr(True, '__index__'))
print(bool.__index__(True), bool.__repr__(True), bool.__and__(True, False), bool.__or__(True, 2), int.__repr__(True))
print(bool.__add__(True, True), bool.__invert__ is int.__invert__, bool.__hash__(True), bool.__int__(False))
try:
    bool.__index__('x')
except TypeError as e:
    print(e)
