# PEP 562: a name a module lacks goes to its __getattr__ (calendar's deprecated January/February use it).
import module_getattr_helper as m

print(m.present, m.old_name)
print(getattr(m, 'old_name'), getattr(m, 'missing', 'default'), hasattr(m, 'old_name'), hasattr(m, 'missing'))
try:
    m.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    m.boom
except KeyError as e:
    print('KeyError:', e)
try:
    hasattr(m, 'boom')
except KeyError as e:
    print('KeyError from hasattr:', e)
from module_getattr_helper import old_name
print(old_name)
try:
    from module_getattr_helper import nothing_here
except ImportError as e:
    print('ImportError:', type(e).__name__, e.name)
