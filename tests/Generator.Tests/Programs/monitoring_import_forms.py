# How sys.monitoring is imported: 'from sys import monitoring' and 'sys.monitoring' work; 'import sys.monitoring' fails
# as in CPython 3.12, since sys is a module, not a package (a ModuleNotFoundError at run time, after sys itself was
# imported, so 'except ImportError' around it works); the same for a name under math, and for 'from sys.monitoring import'.
import sys
from sys import monitoring

print(monitoring is sys.monitoring, monitoring.events.CALL, monitoring.DEBUGGER_ID)

try:
    import sys.monitoring
except ImportError as e:
    print(type(e).__name__, e)

try:
    import sys.monitoring as mon
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

try:
    from sys.monitoring import events
except ImportError as e:
    print(type(e).__name__, e)

try:
    import math.tau.extra
except ImportError as e:
    print(type(e).__name__, e)


def inside():
    try:
        import time.clock
    except ImportError as e:
        return str(e)


print(inside())
