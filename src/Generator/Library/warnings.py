# PyAot's `warnings`: CPython 3.12's module (Lib/warnings.py with the behaviour of its C accelerator, Python/_warnings.c),
# read and written again. The filters, the registries, the actions and the messages are CPython's. Differences:
# - A frame's module and its `__warningregistry__` come from the module object of the frame's code
#   (`_pyaot_traceback.frame_module`): compiled code keeps its globals in static fields, so a frame has no `f_globals`.
#   The registry is the module's attribute `__warningregistry__`, as CPython's is its global.
# - No tracemalloc: a warning with `source=` always ends with CPython's "Enable tracemalloc" line.
# - `-W` options do not exist for a compiled program; `PYTHONWARNINGS` is read (`sys.warnoptions`). A category in an
#   option is a built-in warning class; a dotted one ("mod.Cat") is reported as an invalid module name (no `__import__`).
# - `warn_explicit`'s `module_globals` is checked, not used: CPython takes a source line from its `__loader__` only for
#   the C module's own display (when `warnings._showwarnmsg` is deleted), which here reads the line from the file.

import sys
import _pyaot_traceback

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        # The file (stderr, most likely) cannot be written to: the warning is lost, as in CPython.
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        # CPython asks tracemalloc where the source object was allocated; it is never tracing here.
        s += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return s


# What showwarning and formatwarning were, to tell whether a program replaced them.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            # warnings.showwarning() was replaced
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            # warnings.formatwarning() was replaced
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'message' -- a regex that the warning message must match
    'category' -- a class that the warning must be a subclass of
    'module' -- a regex that the module name must match
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages.
    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'category' -- a class that the warning must be a subclass of
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter already in the list moves to the front; appended, it stays where it is.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


# The builtins' names a -W category may be (CPython looks the name up in `builtins`, where only these are Warnings).
_BUILTIN_CATEGORIES = {c.__name__: c for c in (
    Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
    FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning)}

# The names of the other builtins, which are not warning categories (CPython 3.12's `dir(builtins)`).
_BUILTIN_OTHERS = frozenset((
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup',
    'BlockingIOError', 'BrokenPipeError', 'BufferError', 'ChildProcessError', 'ConnectionAbortedError',
    'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError', 'EOFError', 'Ellipsis',
    'EnvironmentError', 'Exception', 'ExceptionGroup', 'False', 'FileExistsError', 'FileNotFoundError',
    'FloatingPointError', 'GeneratorExit', 'IOError', 'ImportError', 'IndentationError', 'IndexError',
    'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError',
    'ModuleNotFoundError', 'NameError', 'None', 'NotADirectoryError', 'NotImplemented', 'NotImplementedError',
    'OSError', 'OverflowError', 'PermissionError', 'ProcessLookupError', 'RecursionError', 'ReferenceError',
    'RuntimeError', 'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SystemError', 'SystemExit',
    'TabError', 'TimeoutError', 'True', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
    'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'ValueError', 'ZeroDivisionError',
    '__build_class__', '__debug__', '__doc__', '__import__', '__loader__', '__name__', '__package__',
    '__spec__', 'abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'bool', 'breakpoint', 'bytearray',
    'bytes', 'callable', 'chr', 'classmethod', 'compile', 'complex', 'copyright', 'credits', 'delattr', 'dict',
    'dir', 'divmod', 'enumerate', 'eval', 'exec', 'exit', 'filter', 'float', 'format', 'frozenset', 'getattr',
    'globals', 'hasattr', 'hash', 'help', 'hex', 'id', 'input', 'int', 'isinstance', 'issubclass', 'iter',
    'len', 'license', 'list', 'locals', 'map', 'max', 'memoryview', 'min', 'next', 'object', 'oct', 'open',
    'ord', 'pow', 'print', 'property', 'quit', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice',
    'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip'))


# Those of them that are not classes: CPython's issubclass() check of the builtin raises TypeError.
_BUILTIN_NOT_CLASSES = frozenset((
    'Ellipsis', 'False', 'None', 'NotImplemented', 'True', '__build_class__', '__debug__', '__doc__', '__import__',
    '__name__', '__package__', '__spec__', 'abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'breakpoint',
    'callable', 'chr', 'compile', 'copyright', 'credits', 'delattr', 'dir', 'divmod', 'eval', 'exec', 'exit', 'format',
    'getattr', 'globals', 'hasattr', 'hash', 'help', 'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'len',
    'license', 'locals', 'max', 'min', 'next', 'oct', 'open', 'ord', 'pow', 'print', 'quit', 'repr', 'round',
    'setattr', 'sorted', 'sum', 'vars'))


def _getcategory(category):
    if not category:
        return Warning
    if '.' in category:
        module, _, klass = category.rpartition('.')
        # CPython imports the module; a compiled program imports only what it names in import statements.
        raise _OptionError("invalid module name: %r" % (module,))
    cat = _BUILTIN_CATEGORIES.get(category)
    if cat is None:
        if category in _BUILTIN_NOT_CLASSES:
            raise TypeError("issubclass() arg 1 must be a class")
        if category in _BUILTIN_OTHERS:
            raise _OptionError("invalid warning category: %r" % (category,))
        raise _OptionError("unknown warning category: %r" % (category,))
    return cat


def _is_internal_filename(filename):
    return 'importlib' in filename and '_bootstrap' in filename


def _is_filename_to_skip(filename, skip_file_prefixes):
    # As CPython 3.12's C module matches (PyUnicode_Tailmatch to end -1): a prefix must be shorter than the file name,
    # so a file's own full name does not skip it.
    return any(filename.startswith(prefix, 0, -1) for prefix in skip_file_prefixes)


def _is_internal_frame(frame):
    """Signal whether the frame is an internal CPython implementation detail."""
    return _is_internal_filename(frame.f_code.co_filename)


def _next_external_frame(frame, skip_file_prefixes):
    """Find the next frame that doesn't involve Python or user internals."""
    frame = frame.f_back
    while frame is not None and (
            _is_internal_filename(filename := frame.f_code.co_filename) or
            _is_filename_to_skip(filename, skip_file_prefixes)):
        frame = frame.f_back
    return frame


def _registry_of(module):
    # A module's __warningregistry__ (made when it first warns), as CPython's setdefault on its globals.
    try:
        registry = module.__warningregistry__
    except AttributeError:
        registry = module.__warningregistry__ = {}
    return registry


def _index(value):
    # operator.index: an int, or what __index__ gives.
    if isinstance(value, int):
        return int.__index__(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
    result = method(value)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    return int.__index__(result)


def _c_integer(value, bits, name):
    # An argument the C module takes as a C int or Py_ssize_t.
    value = _index(value)
    if not -(1 << (bits - 1)) <= value < (1 << (bits - 1)):
        raise OverflowError("Python int too large to convert to C " + name)
    return value


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    stacklevel = _c_integer(stacklevel, 64, "ssize_t")
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not %s"
                        % ("None" if skip_file_prefixes is None else type(skip_file_prefixes).__name__))
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
        for prefix in skip_file_prefixes:
            if not isinstance(prefix, str):
                raise TypeError("Found non-str '%s' in skip_file_prefixes." % type(prefix).__name__)
    try:
        if stacklevel <= 1 or _is_internal_frame(sys._getframe(1)):
            # Too shallow to care, or warned from internal code: no frames are hidden (the caller's is level 1).
            frame = sys._getframe(max(stacklevel, 1))
        else:
            frame = sys._getframe(1)
            for x in range(stacklevel - 1):
                frame = _next_external_frame(frame, skip_file_prefixes)
                if frame is None:
                    raise ValueError
    except ValueError:
        # Past the outermost frame: CPython's globals are then sys's.
        owner = sys
        filename = "sys"
        lineno = 1
    else:
        owner = _pyaot_traceback.frame_module(frame)
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if owner is None:
        module = "<string>"
        registry = {}
    else:
        module = owner.__name__
        registry = _registry_of(owner)
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def _matches(pattern, text):
    # A filter's message or module: None matches all, a plain str (the default filters') only itself, else a regex.
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return pattern.match(text)


# The module's filters, onceregistry and defaultaction as the C module last saw them: it goes on using them when the
# module's attributes are deleted.
_filters_seen = None
_onceregistry_seen = None
_defaultaction_seen = None


def _get_filters():
    global _filters_seen
    try:
        current = filters
    except NameError:
        current = _filters_seen
    else:
        _filters_seen = current
    if not isinstance(current, list):
        raise ValueError("_warnings.filters must be a list")
    return current


def _get_onceregistry():
    global _onceregistry_seen
    try:
        registry = onceregistry
    except NameError:
        return _onceregistry_seen
    if not isinstance(registry, dict):
        raise TypeError("_warnings.onceregistry must be a dict, not '%s'" % type(registry).__name__)
    _onceregistry_seen = registry
    return registry


def _get_defaultaction():
    global _defaultaction_seen
    try:
        action = defaultaction
    except NameError:
        return _defaultaction_seen
    if not isinstance(action, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'" % type(action).__name__)
    _defaultaction_seen = action
    return action


def _get_filter(category, text, lineno, module):
    # The action of the first filter that matches (and the filter), else the default action (and None).
    current = _get_filters()
    i = 0
    # The list may change while it is looked through (a filter's match() may change it).
    while i < len(current):
        item = current[i]
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        good_msg = _matches(msg, text)
        good_mod = _matches(mod, module)
        if good_msg and good_mod and issubclass(category, cat) and (ln == 0 or lineno == ln):
            return action, item
        i += 1
    return _get_defaultaction(), None


def _already_warned(registry, key, should_set):
    # True when the registry (of the filters' current version) has the key; else the key is set when asked.
    version = registry.get('version')
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


_NO_MODULE = object()


def warn_explicit(message, category, filename, lineno, module=_NO_MODULE, registry=None, module_globals=None, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 'filename' must be str, not %s"
                        % ("None" if filename is None else type(filename).__name__))
    lineno = _c_integer(lineno, 32, "int")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'" % type(module_globals).__name__)
    if module is None:
        # A warning late in CPython's shutdown, its module gone: ignored.
        return None
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is _NO_MODULE:
        module = filename or "<unknown>"
        if module[-3:] == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return None
    action, item = _get_filter(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return None
    # Store in the registry that we've been here, *except* when the action is "always".
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if registry is None:
                registry = _get_onceregistry()
            if _already_warned(registry, (text, category), True):
                return None
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category), True):
                return None
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r" % (action, item))
    _call_show_warning(category, text, message, filename, lineno, source)
    return None


def _call_show_warning(category, text, message, filename, lineno, source):
    try:
        show = _showwarnmsg
    except NameError:
        _show_warning(filename, lineno, text, category)
        return
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    try:
        message_class = WarningMessage
    except NameError:
        raise RuntimeError("unable to get warnings.WarningMessage") from None
    show(message_class(message, category, filename, lineno, None, None, source))


def _show_warning(filename, lineno, text, category):
    # The C module's own display, when warnings._showwarnmsg is gone: to sys.stderr, any error ignored.
    try:
        name = category.__name__
        file = sys.stderr
        file.write(str(filename))
        file.write(":%d: " % lineno)
        file.write(str(name))
        file.write(": ")
        file.write(str(text))
        file.write("\n")
        import linecache
        line = linecache.getline(filename, lineno)
        if line:
            if line[-1:] == "\n":
                line = line[:-1]
            file.write("  ")
            file.write(line.lstrip(" \t\014"))
            file.write("\n")
    except Exception:
        pass


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):

    """A context manager that copies and restores the warnings filter upon
    exiting the context.

    The 'record' argument specifies whether warnings should be captured by a
    custom implementation of warnings.showwarning() and be appended to a list
    returned by the context manager. Otherwise None is returned by the context
    manager. The objects appended to the list are arguments whose attributes
    mirror the arguments to showwarning().

    The 'module' argument is to specify an alternative module to the module
    named 'warnings' and imported under that name. This argument is only useful
    when testing the warnings module itself.

    If the 'action' argument is not None, the remaining arguments are passed
    to warnings.simplefilter() as if it were called immediately on entering the
    context.
    """

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        """Specify whether to record warnings and if an alternative module
        should be used other than sys.modules['warnings'].

        For compatibility with Python 3.0, please consider all arguments to be
        keyword-only.

        """
        self._record = record
        self._module = _this_module() if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not _this_module():
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # showwarning back to the default, so that _showwarnmsg calls _showwarnmsg_impl.
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


def _this_module():
    # sys.modules['warnings'] in CPython: this module's object.
    import warnings
    return warnings


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that *name* is deprecated or should be removed.

    RuntimeError is raised if *remove* specifies a major/minor tuple older than
    the current Python version or the same version but past the alpha.

    The *message* argument is formatted with *name* and *remove* as a Python
    version (e.g. "3.11").

    """
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {remove_formatted} alpha")
    warn(message.format(name=name, remove=remove_formatted), DeprecationWarning, stacklevel=3)


# The filters: 5-tuples (action, message regex or None, category, module regex or str or None, line or 0), the
# first match deciding. These are the defaults of CPython's C module (its module filter is the plain '__main__').
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 0
_filters_seen = filters
_onceregistry_seen = onceregistry
_defaultaction_seen = defaultaction


def _filters_mutated():
    global _filters_version
    _filters_version += 1


_processoptions(sys.warnoptions)
