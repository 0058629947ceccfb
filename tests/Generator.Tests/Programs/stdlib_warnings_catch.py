# Ported from CPython 3.12's Lib/test/test_warnings/__init__.py: _WarningsTests (test_filter, test_onceregistry,
# test_default_action, test_showwarning_missing, test_showwarnmsg_missing, test_showwarning_not_callable,
# test_show_warning_output, test_stderr_none), WarningsDisplayTests (test_formatwarning, test_showwarning,
# test_formatwarning_override), CatchWarningTests (all but test_check_warnings, which tests test.support) and
# _DeprecatedTest. Captured stderr is an io.StringIO in sys.stderr; file names are printed without their directory.
import sys
import io
import linecache
import warnings
import warnings_stacklevel as warning_tests


def name(path):
    return path.rsplit("/", 1)[-1]


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        print(f"  raised {type(e).__name__}: {e}")
    else:
        print(f"  {exc.__name__} not raised")


class captured:
    def __init__(self, stream_name):
        self.stream_name = stream_name

    def __enter__(self):
        self.saved = getattr(sys, self.stream_name)
        self.stream = io.StringIO()
        setattr(sys, self.stream_name, self.stream)
        return self.stream

    def __exit__(self, *exc):
        setattr(sys, self.stream_name, self.saved)
        return False


def test_filter():
    print("test_filter")
    with warnings.catch_warnings() as w:
        warnings.filterwarnings("error", "", Warning, "", 0)
        raises(UserWarning, warnings.warn, 'convert to error')
        del warnings.filters
        print(" ", hasattr(warnings, "filters"))
        raises(UserWarning, warnings.warn, 'convert to error')
    print(" ", hasattr(warnings, "filters"))


def test_onceregistry():
    global __warningregistry__
    print("test_onceregistry")
    message = UserWarning('onceregistry test')
    try:
        original_registry = warnings.onceregistry
        __warningregistry__ = {}
        with warnings.catch_warnings(record=True) as w:
            warnings.resetwarnings()
            warnings.filterwarnings("once", category=UserWarning)
            warnings.warn_explicit(message, UserWarning, "file", 42)
            print(" ", w[-1].message is message)
            del w[:]
            warnings.warn_explicit(message, UserWarning, "file", 42)
            print(" ", len(w))
            # Test the resetting of onceregistry.
            warnings.onceregistry = {}
            __warningregistry__ = {}
            warnings.warn('onceregistry test')
            print(" ", w[-1].message.args == message.args)
            # Removal of onceregistry is okay.
            del w[:]
            del warnings.onceregistry
            __warningregistry__ = {}
            warnings.warn_explicit(message, UserWarning, "file", 42)
            print(" ", len(w))
    finally:
        warnings.onceregistry = original_registry


def test_default_action():
    print("test_default_action")
    message = UserWarning("defaultaction test")
    original = warnings.defaultaction
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.resetwarnings()
            registry = {}
            warnings.warn_explicit(message, UserWarning, "<test>", 42, registry=registry)
            print(" ", w[-1].message is message, len(w), len(registry), "version" in registry)
            del w[:]
            # Test removal.
            del warnings.defaultaction
            registry = {}
            warnings.warn_explicit(message, UserWarning, "<test>", 43, registry=registry)
            print(" ", w[-1].message is message, len(w), len(registry))
            del w[:]
            # Test setting.
            warnings.defaultaction = "ignore"
            registry = {}
            warnings.warn_explicit(message, UserWarning, "<test>", 44, registry=registry)
            print(" ", len(w))
    finally:
        warnings.defaultaction = original


def test_showwarning_missing():
    print("test_showwarning_missing")
    text = 'del showwarning test'
    with warnings.catch_warnings():
        warnings.filterwarnings("always", category=UserWarning)
        del warnings.showwarning
        with captured('stderr') as stream:
            warnings.warn(text)
            result = stream.getvalue()
    print(" ", text in result, name(result))
    print(" ", warnings.showwarning is warnings._showwarning_orig)


def test_showwarnmsg_missing():
    print("test_showwarnmsg_missing")
    text = 'del _showwarnmsg test'
    with warnings.catch_warnings():
        warnings.filterwarnings("always", category=UserWarning)
        show = warnings._showwarnmsg
        try:
            del warnings._showwarnmsg
            with captured('stderr') as stream:
                warnings.warn(text)
                result = stream.getvalue()
        finally:
            warnings._showwarnmsg = show
    print(" ", text in result, name(result))


def test_showwarning_not_callable():
    print("test_showwarning_not_callable")
    with warnings.catch_warnings():
        warnings.filterwarnings("always", category=UserWarning)
        warnings.showwarning = print
        with captured('stdout') as out:
            warnings.warn('Warning!')
        print(" ", name(out.getvalue()))
        warnings.showwarning = 23
        raises(TypeError, warnings.warn, "Warning!")


def test_show_warning_output():
    # With showwarning() missing, make sure that output is okay.
    print("test_show_warning_output")
    text = 'test show_warning'
    with warnings.catch_warnings():
        warnings.filterwarnings("always", category=UserWarning)
        del warnings.showwarning
        with captured('stderr') as stream:
            warning_tests.inner(text)
            result = stream.getvalue()
    print(" ", result.count('\n'))
    first_line, second_line = result.split('\n', 1)
    expected_file = warning_tests.__file__
    path, line, warning_class, message = first_line.rsplit(':', 3)
    line = int(line)
    print(" ", expected_file == path, name(path), line, repr(warning_class), repr(message))
    expected_line = '  ' + linecache.getline(path, line).strip() + '\n'
    print(" ", second_line == expected_line, repr(second_line))


def test_stderr_none():
    # CPython's test runs "sys.stderr = None; warnings.warn('Warning!')" in a child interpreter.
    print("test_stderr_none")
    saved = sys.stderr
    with warnings.catch_warnings():
        warnings.simplefilter('always')
        sys.stderr = None
        try:
            warnings.warn('Warning!')
            print("  nothing raised")
        finally:
            sys.stderr = saved


def test_formatwarning():
    print("test_formatwarning")
    message = "msg"
    category = Warning
    file_name = warning_tests.__file__
    line_num = 5
    file_line = linecache.getline(file_name, line_num).strip()
    format = "%s:%s: %s: %s\n  %s\n"
    expect = format % (file_name, line_num, category.__name__, message, file_line)
    got = warnings.formatwarning(message, category, file_name, line_num)
    print(" ", expect == got, repr(name(got)))
    # Test the 'line' argument.
    file_line += " for the win!"
    expect = format % (file_name, line_num, category.__name__, message, file_line)
    got = warnings.formatwarning(message, category, file_name, line_num, file_line)
    print(" ", expect == got, repr(name(got)))


def test_showwarning():
    print("test_showwarning")
    file_name = warning_tests.__file__
    line_num = 3
    expected_file_line = linecache.getline(file_name, line_num).strip()
    message = 'msg'
    category = Warning
    file_object = io.StringIO()
    expect = warnings.formatwarning(message, category, file_name, line_num)
    warnings.showwarning(message, category, file_name, line_num, file_object)
    print(" ", file_object.getvalue() == expect, repr(name(file_object.getvalue())))
    # Test 'line' argument.
    expected_file_line += "for the win!"
    expect = warnings.formatwarning(message, category, file_name, line_num, expected_file_line)
    file_object = io.StringIO()
    warnings.showwarning(message, category, file_name, line_num, file_object, expected_file_line)
    print(" ", expect == file_object.getvalue(), repr(name(file_object.getvalue())))


def test_formatwarning_override():
    # bpo-35178: a custom formatwarning function gets the 'line' argument as a positional argument
    print("test_formatwarning_override")
    def myformatwarning(message, category, filename, lineno, text):
        return f'm={message}:c={category}:f={name(filename)}:l={lineno}:t={text}'

    file_name = warning_tests.__file__
    line_num = 3
    file_line = linecache.getline(file_name, line_num).strip()
    message = 'msg'
    category = Warning
    file_object = io.StringIO()
    expected = f'm={message}:c={category}:f={name(file_name)}:l={line_num}:t={file_line}'
    saved = warnings.formatwarning
    warnings.formatwarning = myformatwarning
    try:
        warnings.showwarning(message, category, file_name, line_num, file_object, file_line)
        print(" ", file_object.getvalue() == expected, file_object.getvalue())
    finally:
        warnings.formatwarning = saved


def test_catch_warnings_restore():
    print("test_catch_warnings_restore")
    wmod = warnings
    orig_filters = wmod.filters
    orig_showwarning = wmod.showwarning
    # Ensure both showwarning and filters are restored when recording
    with wmod.catch_warnings(module=wmod, record=True):
        wmod.filters = wmod.showwarning = object()
    print(" ", wmod.filters is orig_filters, wmod.showwarning is orig_showwarning)
    # Same test, but with recording disabled
    with wmod.catch_warnings(module=wmod, record=False):
        wmod.filters = wmod.showwarning = object()
    print(" ", wmod.filters is orig_filters, wmod.showwarning is orig_showwarning)


def test_catch_warnings_recording():
    print("test_catch_warnings_recording")
    wmod = warnings
    # Ensure warnings are recorded when requested
    with wmod.catch_warnings(module=wmod, record=True) as w:
        print(" ", w, type(w) is list)
        wmod.simplefilter("always")
        wmod.warn("foo")
        print(" ", str(w[-1].message))
        wmod.warn("bar")
        print(" ", str(w[-1].message), str(w[0].message), str(w[1].message))
        del w[:]
        print(" ", w)
    # Ensure warnings are not recorded when not requested
    orig_showwarning = wmod.showwarning
    with wmod.catch_warnings(module=wmod, record=False) as w:
        print(" ", w, wmod.showwarning is orig_showwarning)


def test_catch_warnings_reentry_guard():
    print("test_catch_warnings_reentry_guard")
    wmod = warnings
    # Ensure catch_warnings is protected against incorrect usage
    for record in (True, False):
        x = wmod.catch_warnings(module=wmod, record=record)
        raises(RuntimeError, x.__exit__)
        with x:
            raises(RuntimeError, x.__enter__)


def test_catch_warnings_defaults():
    print("test_catch_warnings_defaults")
    wmod = warnings
    orig_filters = wmod.filters
    orig_showwarning = wmod.showwarning
    # Ensure default behaviour is not to record warnings
    with wmod.catch_warnings(module=wmod) as w:
        print(" ", w, wmod.showwarning is orig_showwarning, wmod.filters is not orig_filters)
    print(" ", wmod.filters is orig_filters)
    # Ensure the default module is this one
    with wmod.catch_warnings() as w:
        print(" ", w, wmod.showwarning is orig_showwarning, wmod.filters is not orig_filters)
    print(" ", wmod.filters is orig_filters)
    print(" ", repr(wmod.catch_warnings()), repr(wmod.catch_warnings(record=True, action="error")))


def test_record_override_showwarning_before():
    # Issue #28835: If warnings.showwarning() was overridden, make sure that catch_warnings(record=True) overrides it
    print("test_record_override_showwarning_before")
    text = "This is a warning"
    wmod = warnings
    my_log = []

    def my_logger(message, category, filename, lineno, file=None, line=None):
        nonlocal my_log
        my_log.append(message)

    # Override warnings.showwarning() before calling catch_warnings()
    saved = wmod.showwarning
    wmod.showwarning = my_logger
    try:
        with wmod.catch_warnings(module=wmod, record=True) as log:
            print(" ", wmod.showwarning is not my_logger)
            wmod.simplefilter("always")
            wmod.warn(text)
        print(" ", wmod.showwarning is my_logger)
    finally:
        wmod.showwarning = saved
    print(" ", len(log), log[0].message.args[0] == text, my_log)


def test_record_override_showwarning_inside():
    # Issue #28835: It is possible to override warnings.showwarning() in the catch_warnings(record=True) context manager.
    print("test_record_override_showwarning_inside")
    text = "This is a warning"
    wmod = warnings
    my_log = []

    def my_logger(message, category, filename, lineno, file=None, line=None):
        nonlocal my_log
        my_log.append(message)

    with wmod.catch_warnings(module=wmod, record=True) as log:
        wmod.simplefilter("always")
        wmod.showwarning = my_logger
        wmod.warn(text)
    print(" ", len(my_log), my_log[0].args[0] == text, log)


def test_deprecated_warning():
    print("_DeprecatedTest.test_warning")
    version = (3, 11, 0, "final", 0)
    for remove in [(4, 12), (4, 11), (4, 0), (3, 12)]:
        with warnings.catch_warnings(record=True) as log:
            warnings.simplefilter("always")
            warnings._deprecated("test_warnings", remove=remove, _version=version)
        print(" ", remove, [(w.category.__name__, str(w.message)) for w in log])
    version = (3, 11, 0, "alpha", 0)
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        warnings._deprecated("test_warnings", remove=(3, 11), _version=version)
    print(" ", [(w.category.__name__, str(w.message)) for w in log])


def test_deprecated_RuntimeError():
    print("_DeprecatedTest.test_RuntimeError")
    version = (3, 11, 0, "final", 0)
    for remove in [(2, 0), (2, 12), (3, 10)]:
        raises(RuntimeError, warnings._deprecated, "test_warnings", remove=remove, _version=version)
    for level in ["beta", "candidate", "final"]:
        version = (3, 11, 0, level, 0)
        raises(RuntimeError, warnings._deprecated, "test_warnings", remove=(3, 11), _version=version)


for test in (test_filter, test_onceregistry, test_default_action, test_showwarning_missing, test_showwarnmsg_missing,
             test_showwarning_not_callable, test_show_warning_output, test_stderr_none, test_formatwarning,
             test_showwarning, test_formatwarning_override, test_catch_warnings_restore,
             test_catch_warnings_recording, test_catch_warnings_reentry_guard, test_catch_warnings_defaults,
             test_record_override_showwarning_before, test_record_override_showwarning_inside,
             test_deprecated_warning, test_deprecated_RuntimeError):
    test()
