# A module with a PEP 562 __getattr__ (module_getattr imports it).
present = 'here'

def __getattr__(name):
    if name == 'old_name':
        return 'computed ' + name
    if name == 'boom':
        raise KeyError(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
