"""Binding call arguments to a signature made at run time (PyAot's library, no CPython counterpart).

CPython's namedtuple and dataclasses write the source of __new__ and __init__ and exec it, so that calls bind
arguments, and fail, exactly as a def with those parameters does. Compiled code has no exec: their functions take
*args and **kwargs and bind them here, in CPython's order of checks (initialize_locals in Python/ceval.c) and with
its messages.
"""

MISSING = object()


def _quoted_names(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def _missing(qualname, names, kind):
    return TypeError(f"{qualname}() missing {len(names)} required {kind} argument{'' if len(names) == 1 else 's'}: "
                     f"{_quoted_names(names)}")


def bind(qualname, positional, defaults, kwonly, kwdefaults, args, kwargs, first=0):
    """The values of a call's arguments: for the parameters `positional` (the last len(defaults) with those defaults)
    then the keyword-only `kwonly` (with `kwdefaults`, a dict), from `args` and `kwargs`. `first` counts parameters
    before these that the caller already bound (self, cls), as the messages count them."""
    count = len(positional)
    values = list(args[:count])
    values.extend([MISSING] * (count - len(values)))
    kwvalues = {}
    for name, value in kwargs.items():
        if name in positional:
            index = positional.index(name)
            if values[index] is not MISSING:
                raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
            values[index] = value
        elif name in kwonly:
            kwvalues[name] = value
        else:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{name}'")
    if len(args) > count:
        # too_many_positional
        given = len(args) + first
        total = count + first
        if defaults:
            sig = f"from {total - len(defaults)} to {total}"
            plural = True
        else:
            sig = str(total)
            plural = total != 1
        kwonly_given = len(kwvalues)
        kwonly_sig = ""
        if kwonly_given:
            kwonly_sig = (f" positional argument{'s' if given != 1 else ''} (and {kwonly_given} keyword-only "
                          f"argument{'s' if kwonly_given != 1 else ''})")
        verb = "was" if given == 1 and not kwonly_given else "were"
        raise TypeError(f"{qualname}() takes {sig} positional argument{'s' if plural else ''} but {given}{kwonly_sig} "
                        f"{verb} given")
    first_default = count - len(defaults)
    missing = []
    for index in range(count):
        if values[index] is MISSING:
            if index >= first_default:
                values[index] = defaults[index - first_default]
            else:
                missing.append(positional[index])
    if missing:
        raise _missing(qualname, missing, "positional")
    missing = []
    for name in kwonly:
        if name not in kwvalues:
            if name in kwdefaults:
                kwvalues[name] = kwdefaults[name]
            else:
                missing.append(name)
    if missing:
        raise _missing(qualname, missing, "keyword-only")
    return values, kwvalues
