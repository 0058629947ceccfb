using System;

namespace PyAot.Runtime;

/// <summary>The built-in types and exception classes, as <see cref="PyType"/> objects.</summary>
public static class PyTypes
{
    public static readonly PyType Object = new("object", (PyType?)null);
    public static readonly PyType Type = new("type", Object);
    public static readonly PyType Int = new("int", Object);
    public static readonly PyType Bool = new("bool", Int) { IsBaseType = false };
    public static readonly PyType Float = new("float", Object);
    public static readonly PyType Str = new("str", Object);
    public static readonly PyType List = new("list", Object);
    public static readonly PyType Bytes = new("bytes", Object);
    public static readonly PyType ByteArray = new("bytearray", Object);
    public static readonly PyType Tuple = new("tuple", Object);
    public static readonly PyType Dict = new("dict", Object);
    public static readonly PyType Set = new("set", Object);
    public static readonly PyType FrozenSet = new("frozenset", Object);
    public static readonly PyType Range = new("range", Object) { IsBaseType = false };
    public static readonly PyType Slice = new("slice", Object) { IsBaseType = false };
    public static readonly PyType NoneType = new("NoneType", Object) { IsBaseType = false };
    public static readonly PyType NotImplementedType = new("NotImplementedType", Object) { IsBaseType = false };
    public static readonly PyType Ellipsis = new("ellipsis", Object) { IsBaseType = false };
    public static readonly PyType Function = new("function", Object) { IsBaseType = false };
    public static readonly PyType BuiltinFunction = new("builtin_function_or_method", Object) { IsBaseType = false };
    public static readonly PyType MethodDescriptor = new("method_descriptor", Object) { IsBaseType = false };
    public static readonly PyType Method = new("method", Object) { IsBaseType = false };
    public static readonly PyType StaticMethod = new("staticmethod", Object);
    public static readonly PyType ClassMethod = new("classmethod", Object);
    public static readonly PyType Property = new("property", Object);
    public static readonly PyType Super = new("super", Object);
    public static readonly PyType Module = new("module", Object);
    public static readonly PyType Code = new("code", Object) { IsBaseType = false };
    public static readonly PyType Frame = new("frame", Object) { IsBaseType = false };
    public static readonly PyType Traceback = new("traceback", Object) { IsBaseType = false };
    public static readonly PyType SimpleNamespace = new("SimpleNamespace", Object);
    public static readonly PyType Iterator = new("iterator", Object) { IsBaseType = false };
    public static readonly PyType ListIterator = new("list_iterator", Object) { IsBaseType = false };
    public static readonly PyType ByteArrayIterator = new("bytearray_iterator", Object) { IsBaseType = false };
    public static readonly PyType TupleIterator = new("tuple_iterator", Object) { IsBaseType = false };
    public static readonly PyType StrIterator = new("str_ascii_iterator", Object) { IsBaseType = false };
    public static readonly PyType RangeIterator = new("range_iterator", Object) { IsBaseType = false };
    public static readonly PyType DictKeyIterator = new("dict_keyiterator", Object) { IsBaseType = false };
    public static readonly PyType DictValueIterator = new("dict_valueiterator", Object) { IsBaseType = false };
    public static readonly PyType DictItemIterator = new("dict_itemiterator", Object) { IsBaseType = false };
    public static readonly PyType SetIterator = new("set_iterator", Object) { IsBaseType = false };
    public static readonly PyType DictKeys = new("dict_keys", Object) { IsBaseType = false };
    public static readonly PyType DictValues = new("dict_values", Object) { IsBaseType = false };
    public static readonly PyType DictItems = new("dict_items", Object) { IsBaseType = false };
    public static readonly PyType Enumerate = new("enumerate", Object);
    public static readonly PyType Zip = new("zip", Object);
    public static readonly PyType Map = new("map", Object);
    public static readonly PyType Filter = new("filter", Object);
    public static readonly PyType Reversed = new("reversed", Object);
    public static readonly PyType ListReverseIterator = new("list_reverseiterator", Object) { IsBaseType = false };
    public static readonly PyType GenericAlias = new("GenericAlias", Object) { Module = "types", TpName = "types.GenericAlias" };
    public static readonly PyType UnionType = new("UnionType", Object) { Module = "types", IsBaseType = false, TpName = "types.UnionType" };
    public static readonly PyType TextIOWrapper = new("TextIOWrapper", Object) { Module = "_io", TpName = "_io.TextIOWrapper" };

    // Exceptions (the hierarchy of CPython 3.12's Lib/test/exception_hierarchy.txt).
    public static readonly PyType BaseException = new("BaseException", Object);
    public static readonly PyType GeneratorExit = new("GeneratorExit", BaseException);
    public static readonly PyType KeyboardInterrupt = new("KeyboardInterrupt", BaseException);
    public static readonly PyType SystemExit = new("SystemExit", BaseException);
    public static readonly PyType Exception = new("Exception", BaseException);
    public static readonly PyType ArithmeticError = new("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = new("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = new("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = new("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = new("AssertionError", Exception);
    public static readonly PyType AttributeError = new("AttributeError", Exception);
    public static readonly PyType BufferError = new("BufferError", Exception);
    public static readonly PyType EOFError = new("EOFError", Exception);
    public static readonly PyType ImportError = new("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = new("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = new("LookupError", Exception);
    public static readonly PyType IndexError = new("IndexError", LookupError);
    public static readonly PyType KeyError = new("KeyError", LookupError);
    public static readonly PyType MemoryError = new("MemoryError", Exception);
    public static readonly PyType NameError = new("NameError", Exception);
    public static readonly PyType UnboundLocalError = new("UnboundLocalError", NameError);
    public static readonly PyType OSError = new("OSError", Exception);
    public static readonly PyType FileNotFoundError = new("FileNotFoundError", OSError);
    public static readonly PyType FileExistsError = new("FileExistsError", OSError);
    public static readonly PyType PermissionError = new("PermissionError", OSError);
    public static readonly PyType IsADirectoryError = new("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = new("NotADirectoryError", OSError);
    public static readonly PyType TimeoutError = new("TimeoutError", OSError);
    public static readonly PyType BlockingIOError = new("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = new("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = new("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = new("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = new("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = new("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = new("ConnectionResetError", ConnectionError);
    public static readonly PyType InterruptedError = new("InterruptedError", OSError);
    public static readonly PyType ProcessLookupError = new("ProcessLookupError", OSError);
    public static readonly PyType ReferenceError = new("ReferenceError", Exception);
    public static readonly PyType RuntimeError = new("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = new("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = new("RecursionError", RuntimeError);
    public static readonly PyType StopAsyncIteration = new("StopAsyncIteration", Exception);
    public static readonly PyType StopIteration = new("StopIteration", Exception);
    public static readonly PyType SyntaxError = new("SyntaxError", Exception);
    public static readonly PyType IndentationError = new("IndentationError", SyntaxError);
    public static readonly PyType TabError = new("TabError", IndentationError);
    public static readonly PyType SystemError = new("SystemError", Exception);
    public static readonly PyType TypeError = new("TypeError", Exception);
    public static readonly PyType ValueError = new("ValueError", Exception);
    // (after OSError and ValueError: static fields initialize in order)
    /// <summary><c>io.UnsupportedOperation</c>: both an OSError and a ValueError.</summary>
    public static readonly PyType UnsupportedOperation = new("UnsupportedOperation", new[] { OSError, ValueError }, builtin: true) { Module = "io" };
    public static readonly PyType UnicodeError = new("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = new("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = new("UnicodeEncodeError", UnicodeError);
    public static readonly PyType UnicodeTranslateError = new("UnicodeTranslateError", UnicodeError);
    public static readonly PyType Warning = new("Warning", Exception);
    public static readonly PyType UserWarning = new("UserWarning", Warning);
    public static readonly PyType DeprecationWarning = new("DeprecationWarning", Warning);
    public static readonly PyType RuntimeWarning = new("RuntimeWarning", Warning);
    public static readonly PyType BytesWarning = new("BytesWarning", Warning);
    public static readonly PyType EncodingWarning = new("EncodingWarning", Warning);
    public static readonly PyType FutureWarning = new("FutureWarning", Warning);
    public static readonly PyType ImportWarning = new("ImportWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = new("PendingDeprecationWarning", Warning);
    public static readonly PyType ResourceWarning = new("ResourceWarning", Warning);
    public static readonly PyType SyntaxWarning = new("SyntaxWarning", Warning);
    public static readonly PyType UnicodeWarning = new("UnicodeWarning", Warning);

    /// <summary>PEP 654's groups (<see cref="PyExceptionGroup"/>): an ExceptionGroup is also an Exception.</summary>
    public static readonly PyType BaseExceptionGroup = new("BaseExceptionGroup", BaseException) { IsGeneric = true };
    public static readonly PyType ExceptionGroup = new("ExceptionGroup", new[] { BaseExceptionGroup, Exception }, builtin: true) { IsGeneric = true };

    /// <summary>object.__init__: accepts no extra arguments; instances of classes without __init__ use it.</summary>
    public static readonly PyBuiltinFunction ObjectInit = new("__init__", static (args, kw) => PyValue.None) { IsObjectDefault = true, BindsSelf = true };

    static PyTypes()
    {
        Object.Dict["__init__"] = PyValue.FromObject(ObjectInit);
        ObjectDefault("__setattr__", static args =>
        {
            if (args.Length != 3 || args[1].Ref is not string name)
                throw PyException.TypeError("expected 2 arguments: name and value");
            if (args[0].Ref is PyInstance inst)
                inst.SetAttrDirect(name, args[2]);
            else
                PyOps.SetAttr(args[0], name, args[2]);
            return PyValue.None;
        });
        ObjectDefault("__delattr__", static args =>
        {
            string name = args[1].Ref as string ?? throw PyException.TypeError("attribute name must be string");
            if (args[0].Ref is PyInstance inst)
                inst.DelAttrDirect(name);
            else
                PyOps.DelAttr(args[0], name);
            return PyValue.None;
        });
        ObjectDefault("__repr__", static args => PyValue.FromString(args[0].Ref is PyInstance i ? i.DefaultRepr() : PyOps.Repr(args[0])));
        ObjectDefault("__str__", static args => PyValue.FromString(args[0].Ref is PyInstance i ? i.DefaultRepr() : PyOps.Str(args[0])));
        ObjectDefault("__eq__", static args => PyOps.Is(args[0], args[1]) ? PyValue.True : PyValue.FromObject(PyNotImplementedType.Instance));
        ObjectDefault("__ne__", static args => PyOps.Is(args[0], args[1]) ? PyValue.False : PyValue.FromObject(PyNotImplementedType.Instance));
        ObjectDefault("__hash__", static args => PyValue.FromInt(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(args[0].Ref!)));
        // object.__init_subclass__, a class method: takes no keywords and does nothing (what super() in a class's
        // __init_subclass__ reaches last).
        Object.Dict["__init_subclass__"] = PyValue.FromObject(new PyClassMethod(PyValue.FromObject(new PyBuiltinFunction("__init_subclass__", static (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw PyException.TypeError($"{(args[0].Ref as PyType)?.Name ?? "object"}.__init_subclass__() takes no keyword arguments");
            if (args.Length > 1)
                throw PyException.TypeError($"{(args[0].Ref as PyType)?.Name ?? "object"}.__init_subclass__() takes no arguments ({args.Length - 1} given)");
            return PyValue.None;
        }))));
        // object.__subclasshook__, a class method: NotImplemented (abc's __subclasscheck__ then decides by itself).
        Object.Dict["__subclasshook__"] = PyValue.FromObject(new PyClassMethod(PyValue.FromObject(new PyBuiltinFunction("__subclasshook__",
            static (args, kw) => PyValue.FromObject(PyNotImplementedType.Instance)))));
        // types.GenericAlias(origin, args): what a class's __class_getitem__ = classmethod(GenericAlias) makes.
        GenericAlias.Constructor = static (args, kw) =>
        {
            ArgCheck.NoKeywords("GenericAlias", kw);
            if (args.Length != 2)
                throw PyException.TypeError($"GenericAlias expected 2 arguments, got {args.Length}");
            return PyValue.FromObject(new PyGenericAlias(args[0], args[1]));
        };
        // types.MethodType(function, instance): binds any callable (contextlib's exit stacks bind __exit__ with it).
        Method.Constructor = static (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw PyException.TypeError("method() takes no keyword arguments");
            if (args.Length != 2)
                throw PyException.TypeError($"method expected 2 arguments, got {args.Length}");
            if (!PyOps.IsCallable(args[0]))
                throw PyException.TypeError("first argument must be callable");
            if (args[1].IsNone)
                throw PyException.TypeError("instance must not be None");
            return PyValue.FromObject(new PyMethod(args[0], args[1]));
        };
        // The singletons' types return the singleton (none_new, ellipsis_new, notimplemented_new).
        NoneType.Constructor = static (args, kw) =>
            args.Length > 0 ? throw PyException.TypeError("NoneType takes no arguments") : PyValue.None;
        Ellipsis.Constructor = static (args, kw) =>
            args.Length > 0 ? throw PyException.TypeError("EllipsisType takes no arguments") : PyValue.FromObject(PyEllipsisType.Instance);
        NotImplementedType.Constructor = static (args, kw) =>
            args.Length > 0 ? throw PyException.TypeError("NotImplementedType takes no arguments") : PyValue.FromObject(PyNotImplementedType.Instance);
        Object.Constructor = static (args, kw) =>
        {
            if (args.Length > 0)
                throw PyException.TypeError("object() takes no arguments");
            return PyValue.FromObject(new PyInstance(Object));
        };
        BaseException.Dict["__init__"] = PyValue.FromObject(new PyBuiltinFunction("__init__", static (args, kw) =>
        {
            if (args.Length > 0 && args[0].Ref is PyBaseException be)
                be.Args = new PyTuple(args[1..].ToArray());
            return PyValue.None;
        }) { BindsSelf = true });
        BuiltinConstructors.Install();
        PyType.InstallBuiltinNewAndInit();
        PyType.InstallTypeMethods();
    }

    /// <summary>object's default methods: reachable through super() and object.X, ignored by dunder dispatch.</summary>
    private static void ObjectDefault(string name, Func<PyValue[], PyValue> body) =>
        Object.Dict[name] = PyValue.FromObject(new PyBuiltinFunction(name, (args, kw) => body(args.ToArray())) { IsObjectDefault = true, BindsSelf = true });

    /// <summary>Forces the static constructor (which wires the constructors) to have run.</summary>
    internal static void EnsureInitialized()
    {
    }
}
