# Ported from CPython 3.12's Lib/test/test_warnings/__init__.py: WarnTests (test_message, test_warn_nonstandard_types,
# test_filename, test_stacklevel, test_skip_file_prefixes, test_skip_file_prefixes_type_errors,
# test_warn_explicit_non_ascii_filename, test_warn_explicit_type_errors, test_bad_str, test_warning_classes).
# The test's data modules (stacklevel, package_helper) are the helper module warnings_stacklevel; file names are
# printed without their directory.
import sys
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


class warnings_state:
    # The test's warnings_state(): fresh registries and a "once" filter.
    def __enter__(self):
        for to_clear in (sys, warning_tests):
            try:
                to_clear.__warningregistry__.clear()
            except AttributeError:
                pass
        self.original_filters = warnings.filters
        warnings.filters = self.original_filters[:]
        warnings.simplefilter("once")

    def __exit__(self, *exc):
        warnings.filters = self.original_filters
        return False


def test_message():
    print("test_message")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("once")
        for i in range(4):
            text = 'multi %d' % i  # Different text on each call.
            warnings.warn(text)
            print(" ", str(w[-1].message) == text, w[-1].category is UserWarning, str(w[-1].message))


def test_warn_nonstandard_types():
    # warn() should handle non-standard types without issue.
    print("test_warn_nonstandard_types")
    for ob in (Warning, None, 42):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("once")
            warnings.warn(ob)
            print(" ", str(w[-1].message) == str(UserWarning(ob)), repr(str(w[-1].message)))


def test_filename():
    print("test_filename")
    with warnings_state():
        with warnings.catch_warnings(record=True) as w:
            warning_tests.inner("spam1")
            print(" ", name(w[-1].filename))
            warning_tests.outer("spam2")
            print(" ", name(w[-1].filename))


def test_stacklevel():
    # Test stacklevel argument; make sure all messages are different, so the warning won't be skipped.
    # The file names only, as CPython's test checks: the line PyAot gives for this function's frame inside the
    # `with warnings.catch_warnings(...)` block is the previous statement's (a bug, reported).
    print("test_stacklevel")
    with warnings_state():
        with warnings.catch_warnings(record=True) as w:
            warning_tests.inner("spam3", stacklevel=1)
            print(" ", name(w[-1].filename))
            warning_tests.outer("spam4", stacklevel=1)
            print(" ", name(w[-1].filename))
            warning_tests.inner("spam5", stacklevel=2)
            print(" ", name(w[-1].filename))
            warning_tests.outer("spam6", stacklevel=2)
            print(" ", name(w[-1].filename))
            warning_tests.outer("spam6.5", stacklevel=3)
            print(" ", name(w[-1].filename))
            warning_tests.inner("spam7", stacklevel=9999)
            print(" ", name(w[-1].filename))
            warnings.warn("spam8", stacklevel=0)
            print(" ", name(w[-1].filename))
            warnings.warn("spam9", stacklevel=-5)
            print(" ", name(w[-1].filename))
    print(" ", sorted(k[0] for k in sys.__warningregistry__ if k != 'version'))
    print(" ", sorted(k[0] for k in warning_tests.__warningregistry__ if k != 'version'))


def call_package(message, stacklevel):
    warning_tests.package(message, stacklevel=stacklevel)


def test_skip_file_prefixes():
    print("test_skip_file_prefixes")
    with warnings_state():
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')

            # Warning never attributed to the helper module.
            warning_tests.inner_api("inner_api", stacklevel=2, warnings_module=warning_tests.warnings)
            print(" ", name(w[-1].filename), w[-1].lineno)
            warning_tests.package("package api", stacklevel=2)
            print(" ", name(w[-1].filename), w[-1].lineno, w[-2].filename == w[-1].filename)
            # Low stacklevels are overridden to 2 behavior.
            warning_tests.package("package api 1", stacklevel=1)
            print(" ", name(w[-1].filename), w[-1].lineno)
            warning_tests.package("package api 0", stacklevel=0)
            print(" ", name(w[-1].filename), w[-1].lineno)
            warning_tests.package("package api -99", stacklevel=-99)
            print(" ", name(w[-1].filename), w[-1].lineno)

            # The stacklevel still goes up out of the package (here: to this module's caller of call_package).
            call_package("prefix02", stacklevel=3)
            print(" ", name(w[-1].filename), w[-1].lineno)
            call_package("prefix03", stacklevel=2)
            print(" ", name(w[-1].filename), w[-1].lineno)
            # A file's whole name as the prefix does not skip it (CPython 3.12 matches the name but its last character).
            warnings.warn("whole name", stacklevel=2, skip_file_prefixes=(__file__,))
            print(" ", name(w[-1].filename), w[-1].lineno)
            warnings.warn("name but last", stacklevel=2, skip_file_prefixes=(__file__[:-1],))
            print(" ", name(w[-1].filename), w[-1].lineno)


def test_skip_file_prefixes_type_errors():
    print("test_skip_file_prefixes_type_errors")
    with warnings_state():
        warn = warning_tests.warnings.warn
        raises(TypeError, warn, "msg", skip_file_prefixes=[])
        raises(TypeError, warn, "msg", skip_file_prefixes=(b"bytes",))
        raises(TypeError, warn, "msg", skip_file_prefixes="a sequence of strs")
        raises(TypeError, warn, "msg", skip_file_prefixes=None)
        raises(TypeError, warn, "msg", 3, skip_file_prefixes=[])
        raises(TypeError, warn, "msg", stacklevel=1.5)
        raises(TypeError, warn, "msg", stacklevel="2")
        raises(OverflowError, warn, "msg", stacklevel=2**70)


def test_warn_explicit_non_ascii_filename():
    print("test_warn_explicit_non_ascii_filename")
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        warnings.filterwarnings("always", category=UserWarning)
        for filename in ["nonascii\xe9\u20ac"]:
            warnings.warn_explicit("text", UserWarning, filename, 1)
            print(" ", w[-1].filename == filename, ascii(w[-1].filename))


def test_warn_explicit_type_errors():
    # warn_explicit() should error out gracefully if it is given objects of the wrong types.
    print("test_warn_explicit_type_errors")
    # lineno is expected to be an integer.
    raises(TypeError, warnings.warn_explicit, None, UserWarning, None, None)
    raises(TypeError, warnings.warn_explicit, None, UserWarning, "f", None)
    raises(TypeError, warnings.warn_explicit, None, UserWarning, "f", 1.5)
    raises(OverflowError, warnings.warn_explicit, None, UserWarning, "f", 2**31)
    # Either 'message' needs to be an instance of Warning or 'category' needs to be a subclass.
    raises(TypeError, warnings.warn_explicit, None, None, None, 1)
    raises(TypeError, warnings.warn_explicit, None, None, "f", 1)
    # 'registry' must be a dict or None.
    raises((TypeError, AttributeError), warnings.warn_explicit, None, Warning, None, 1, registry=42)
    raises((TypeError, AttributeError), warnings.warn_explicit, None, Warning, "f", 1, registry=42)
    raises(TypeError, warnings.warn_explicit, None, Warning, 5, 1)


def test_bad_str():
    # issue 6415: a Warning instance with a bad format string for __str__.
    print("test_bad_str")
    class BadStrWarning(Warning):
        """Warning with a bad format string for __str__."""
        def __str__(self):
            return ("A bad formatted string %(err)" % {"err": "there is no %(err)s"})

    raises(ValueError, warnings.warn, BadStrWarning())


def test_warning_classes():
    print("test_warning_classes")
    class MyWarningClass(Warning):
        pass

    class NonWarningSubclass:
        pass

    # passing a non-subclass of Warning should raise a TypeError
    raises(TypeError, warnings.warn, 'bad warning category', '')
    raises(TypeError, warnings.warn, 'bad warning category', NonWarningSubclass)
    # check that warning instances also raise a TypeError
    raises(TypeError, warnings.warn, 'bad warning category', MyWarningClass())

    with warnings.catch_warnings():
        warnings.resetwarnings()
        warnings.filterwarnings('default')
        # assertWarns: a recording catch_warnings with an "always" filter.
        for category in (MyWarningClass, None, MyWarningClass):
            with warnings.catch_warnings(record=True) as log:
                warnings.simplefilter("always")
                warnings.warn('good warning category', category)
            warning = log[0].message
            print(" ", len(log), type(warning).__name__, str(warning), isinstance(warning, Warning))


for test in (test_message, test_warn_nonstandard_types, test_filename, test_stacklevel, test_skip_file_prefixes,
             test_skip_file_prefixes_type_errors, test_warn_explicit_non_ascii_filename,
             test_warn_explicit_type_errors, test_bad_str, test_warning_classes):
    test()
