# Ported from CPython 3.12's Lib/test/test_warnings/__init__.py: PublicAPITests, FilterTests (every method),
# WCmdLineTests.test_improper_input and test_import_from_module (the -W option parsing: warnings._setoption,
# _getaction, _getcategory). CPython runs each against its C and its Python module; here there is one `warnings`.
import sys
import io
import warnings


class TestWarning(Warning):
    pass


def name(path):
    return path.rsplit("/", 1)[-1]


def raises(exc, func, *args, **kwargs):
    # assertRaises(exc, func, ...): what func raised, printed.
    try:
        func(*args, **kwargs)
    except exc as e:
        print(f"  raised {type(e).__name__}: {e}")
    else:
        print(f"  {exc.__name__} not raised")


class captured_stderr:
    def __enter__(self):
        self.saved = sys.stderr
        sys.stderr = self.stream = io.StringIO()
        return self.stream

    def __exit__(self, *exc):
        sys.stderr = self.saved
        return False


def test_module_all_attribute():
    print("test_module_all_attribute")
    print(" ", hasattr(warnings, '__all__'))
    target_api = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
                  "resetwarnings", "catch_warnings"]
    print(" ", set(warnings.__all__) == set(target_api), sorted(warnings.__all__))


def test_error():
    print("test_error")
    with warnings.catch_warnings() as w:
        warnings.resetwarnings()
        warnings.filterwarnings("error", category=UserWarning)
        raises(UserWarning, warnings.warn, "FilterTests.test_error")


def test_error_after_default():
    print("test_error_after_default")
    with warnings.catch_warnings() as w:
        warnings.resetwarnings()
        message = "FilterTests.test_ignore_after_default"
        def f():
            warnings.warn(message, UserWarning)

        with captured_stderr() as stderr:
            f()
        stderr = stderr.getvalue()
        print(" ", "UserWarning: FilterTests.test_ignore_after_default" in stderr)
        print(" ", "warnings.warn(message, UserWarning)" in stderr)
        print(" ", name(stderr))
        warnings.filterwarnings("error", category=UserWarning)
        raises(UserWarning, f)


def test_ignore():
    global __warningregistry__
    print("test_ignore")
    __warningregistry__ = {}
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        warnings.filterwarnings("ignore", category=UserWarning)
        warnings.warn("FilterTests.test_ignore", UserWarning)
        print(" ", len(w), list(__warningregistry__))


def test_ignore_after_default():
    print("test_ignore_after_default")
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        message = "FilterTests.test_ignore_after_default"
        def f():
            warnings.warn(message, UserWarning)
        f()
        warnings.filterwarnings("ignore", category=UserWarning)
        f()
        f()
        print(" ", len(w))


def test_always():
    print("test_always")
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        warnings.filterwarnings("always", category=UserWarning)
        message = "FilterTests.test_always"
        def f():
            warnings.warn(message, UserWarning)
        f()
        print(" ", len(w), w[-1].message.args[0] == message)
        f()
        print(" ", len(w), w[-1].message.args[0] == message)


def test_always_after_default():
    print("test_always_after_default")
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        message = "FilterTests.test_always_after_ignore"
        def f():
            warnings.warn(message, UserWarning)
        f()
        print(" ", len(w), w[-1].message.args[0] == message)
        f()
        print(" ", len(w))
        warnings.filterwarnings("always", category=UserWarning)
        f()
        print(" ", len(w), w[-1].message.args[0] == message)
        f()
        print(" ", len(w), w[-1].message.args[0] == message)


def test_default():
    print("test_default")
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        warnings.filterwarnings("default", category=UserWarning)
        message = UserWarning("FilterTests.test_default")
        for x in range(2):
            warnings.warn(message, UserWarning)
            if x == 0:
                print(" ", w[-1].message is message)
                del w[:]
            elif x == 1:
                print(" ", len(w))


def test_module():
    print("test_module")
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        warnings.filterwarnings("module", category=UserWarning)
        message = UserWarning("FilterTests.test_module")
        warnings.warn(message, UserWarning)
        print(" ", w[-1].message is message)
        del w[:]
        warnings.warn(message, UserWarning)
        print(" ", len(w))


def test_once():
    print("test_once")
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        warnings.filterwarnings("once", category=UserWarning)
        message = UserWarning("FilterTests.test_once")
        warnings.warn_explicit(message, UserWarning, "__init__.py", 42)
        print(" ", w[-1].message is message)
        del w[:]
        warnings.warn_explicit(message, UserWarning, "__init__.py", 13)
        print(" ", len(w))
        warnings.warn_explicit(message, UserWarning, "test_warnings2.py", 42)
        print(" ", len(w))


def test_module_globals():
    print("test_module_globals")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always", UserWarning)
        # bpo-33509: module_globals=None must not crash
        warnings.warn_explicit('msg', UserWarning, "filename", 42, module_globals=None)
        print(" ", len(w))
        # Invalid module_globals type
        raises(TypeError, warnings.warn_explicit, 'msg', UserWarning, "filename", 42, module_globals=True)
        print(" ", len(w))
        # Empty module_globals
        warnings.warn_explicit('msg', UserWarning, "filename", 42, module_globals={})
        print(" ", len(w))


def test_inheritance():
    print("test_inheritance")
    with warnings.catch_warnings() as w:
        warnings.resetwarnings()
        warnings.filterwarnings("error", category=Warning)
        raises(UserWarning, warnings.warn, "FilterTests.test_inheritance", UserWarning)


def test_ordering():
    print("test_ordering")
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        warnings.filterwarnings("ignore", category=UserWarning)
        warnings.filterwarnings("error", category=UserWarning, append=True)
        del w[:]
        try:
            warnings.warn("FilterTests.test_ordering", UserWarning)
        except UserWarning:
            print("  order handling for actions failed")
        print(" ", len(w))


def test_filterwarnings():
    print("test_filterwarnings")
    with warnings.catch_warnings(record=True) as w:
        warnings.filterwarnings("error", "", Warning, "", 0)
        raises(UserWarning, warnings.warn, 'convert to error')

        warnings.resetwarnings()
        text = 'handle normally'
        warnings.warn(text)
        print(" ", str(w[-1].message) == text, w[-1].category is UserWarning)

        warnings.filterwarnings("ignore", "", Warning, "", 0)
        text = 'filtered out'
        warnings.warn(text)
        print(" ", str(w[-1].message) != text)

        warnings.resetwarnings()
        warnings.filterwarnings("error", "hex*", Warning, "", 0)
        raises(UserWarning, warnings.warn, 'hex/oct')
        text = 'nonmatching text'
        warnings.warn(text)
        print(" ", str(w[-1].message) == text, w[-1].category is UserWarning)


def test_message_matching():
    print("test_message_matching")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("ignore", UserWarning)
        warnings.filterwarnings("error", "match", UserWarning)
        raises(UserWarning, warnings.warn, "match")
        raises(UserWarning, warnings.warn, "match prefix")
        warnings.warn("suffix match")
        print(" ", w)
        warnings.warn("something completely different")
        print(" ", w)


def test_mutate_filter_list():
    print("test_mutate_filter_list")
    class X:
        def match(self, a):
            L[:] = []

    L = [("default", X(), UserWarning, X(), 0) for i in range(2)]
    with warnings.catch_warnings(record=True) as w:
        warnings.filters = L
        warnings.warn_explicit(UserWarning("b"), None, "f.py", 42)
        print(" ", str(w[-1].message), len(w), L)


def test_filterwarnings_duplicate_filters():
    print("test_filterwarnings_duplicate_filters")
    with warnings.catch_warnings():
        warnings.resetwarnings()
        warnings.filterwarnings("error", category=UserWarning)
        print(" ", len(warnings.filters))
        warnings.filterwarnings("ignore", category=UserWarning)
        warnings.filterwarnings("error", category=UserWarning)
        print(" ", len(warnings.filters), warnings.filters[0][0])


def test_simplefilter_duplicate_filters():
    print("test_simplefilter_duplicate_filters")
    with warnings.catch_warnings():
        warnings.resetwarnings()
        warnings.simplefilter("error", category=UserWarning)
        print(" ", len(warnings.filters))
        warnings.simplefilter("ignore", category=UserWarning)
        warnings.simplefilter("error", category=UserWarning)
        print(" ", len(warnings.filters), warnings.filters[0][0])
        print(" ", warnings.filters)


def test_append_duplicate():
    print("test_append_duplicate")
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", append=True)
        warnings.simplefilter("ignore", append=True)
        warnings.warn("test_append_duplicate", category=UserWarning)
        print(" ", len(warnings.filters), len(w))


def test_catchwarnings_with_simplefilter_ignore():
    print("test_catchwarnings_with_simplefilter_ignore")
    with warnings.catch_warnings():
        warnings.resetwarnings()
        warnings.simplefilter("error")
        with warnings.catch_warnings(action="ignore"):
            warnings.warn("This will be ignored")
        print("  not raised")


def test_catchwarnings_with_simplefilter_error():
    print("test_catchwarnings_with_simplefilter_error")
    with warnings.catch_warnings():
        warnings.resetwarnings()
        with warnings.catch_warnings(action="error", category=FutureWarning):
            with captured_stderr() as stderr:
                error_msg = "Other types of warnings are not errors"
                warnings.warn(error_msg)
                raises(FutureWarning, warnings.warn, FutureWarning("msg"))
                stderr = stderr.getvalue()
            print(" ", error_msg in stderr)


def test_improper_input():
    # Uses the private _setoption() function to test the parsing of command-line warning arguments
    print("test_improper_input")
    with warnings.catch_warnings():
        raises(warnings._OptionError, warnings._setoption, '1:2:3:4:5:6')
        raises(warnings._OptionError, warnings._setoption, 'bogus::Warning')
        raises(warnings._OptionError, warnings._setoption, 'ignore:2::4:-5')
        raises(warnings._OptionError, warnings._setoption, 'ignore::123')
        raises(warnings._OptionError, warnings._setoption, 'ignore::123abc')
        raises(warnings._OptionError, warnings._setoption, 'ignore::===')
        raises(warnings._OptionError, warnings._setoption, 'ignore::Wärning')
        warnings._setoption('error::Warning::0')
        raises(UserWarning, warnings.warn, 'convert to error')


def test_import_from_module():
    # Left out: 'ignore::test.test_warnings.bogus' and 'error::test.test_warnings.TestWarning', whose module CPython
    # imports (a compiled program imports only what its import statements name: PyAot reports an invalid module name).
    print("test_import_from_module")
    with warnings.catch_warnings():
        warnings._setoption('ignore::Warning')
        raises(warnings._OptionError, warnings._setoption, 'ignore::TestWarning')
        raises(warnings._OptionError, warnings._setoption, 'ignore::no_such_module_here.Warning')


def test_option_parsing():
    # More of what _setoption, _getaction and _getcategory make of -W / PYTHONWARNINGS fields.
    print("test_option_parsing")
    for action in ("", "a", "all", "d", "def", "e", "i", "ig", "m", "o", "once", "error", "x", "defaults", "IGNORE"):
        try:
            print(" ", repr(action), "->", warnings._getaction(action))
        except warnings._OptionError as e:
            print(" ", repr(action), "->", type(e).__name__, e)
    for category in ("", "Warning", "UserWarning", "DeprecationWarning", "ResourceWarning", "EncodingWarning",
                     "BytesWarning", "ValueError", "int", "print", "Exception", "NoSuchWarning", "None"):
        try:
            print(" ", repr(category), "->", warnings._getcategory(category).__name__)
        except (warnings._OptionError, TypeError) as e:
            print(" ", repr(category), "->", type(e).__name__, e)
    for option in ("ignore", "i::DeprecationWarning", " error : some text : UserWarning : mod.name : 12 ",
                   "always:::", "module::Warning::0", "once:a.b*c::x.y:3", "default:::m:"):
        with warnings.catch_warnings():
            warnings.resetwarnings()
            warnings._setoption(option)
            action, message, category, module, lineno = warnings.filters[0]
            print(" ", repr(option), "->", action, message and message.pattern, category.__name__,
                  module and module.pattern, lineno, len(warnings.filters))
    for option in ("ignore:::m:x", "ignore:::m:1.5", "error::::", "a:b:c:d:e:f", "ignore::::99999999999999999999999"):
        with warnings.catch_warnings():
            try:
                warnings._setoption(option)
                print(" ", repr(option), "->", warnings.filters[0][4])
            except warnings._OptionError as e:
                print(" ", repr(option), "->", type(e).__name__, e)
    print(" ", issubclass(warnings._OptionError, Exception), warnings._OptionError.__doc__)


for test in (test_module_all_attribute, test_error, test_error_after_default, test_ignore, test_ignore_after_default,
             test_always, test_always_after_default, test_default, test_module, test_once, test_module_globals,
             test_inheritance, test_ordering, test_filterwarnings, test_message_matching, test_mutate_filter_list,
             test_filterwarnings_duplicate_filters, test_simplefilter_duplicate_filters, test_append_duplicate,
             test_catchwarnings_with_simplefilter_ignore, test_catchwarnings_with_simplefilter_error,
             test_improper_input, test_import_from_module, test_option_parsing):
    test()
