# An import of a module that exists nowhere raises ModuleNotFoundError where it runs; code that tries one and falls
# back (the usual way to ask whether an optional package is installed) takes its fallback.
try:
    import numpy as np
except ImportError:
    np = None
print("numpy:", np)

try:
    import helper_mod, nonexistent_package_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, helper_mod.square(3))

try:
    from nonexistent_package_xyz.sub import thing
except (ValueError, ImportError) as e:
    print(type(e).__name__, e, e.name)

try:
    import simplejson as json
except Exception:
    json = None
print("simplejson:", json)


def optional(name):
    try:
        from yaml import safe_load
        return safe_load
    except BaseException as e:
        return repr(e)


print(optional("yaml"))

try:
    import ujson
except:
    print("bare except caught it")
else:
    print("not reached")
finally:
    print("finally")
