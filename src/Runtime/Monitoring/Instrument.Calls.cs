using System;
using System.Runtime.CompilerServices;

namespace PyAot.Runtime.Monitoring;

/// <summary>
/// CALL, C_RETURN and C_RAISE. A call site's point is tested in line, as every point is; only when a tool wants CALL
/// there does the generated code take these methods instead of its fast form of the call (a static call, a builtin's
/// entry point, a cached method), and they call the callee generically, with the events around it (a call of a callable
/// value raises its CALL first, <see cref="Calls"/>, and keeps its fast form when the callee is a Python function):
/// <list type="bullet">
/// <item>CALL with the callable and the first argument (<c>sys.monitoring.MISSING</c> when there is none), as CPython
/// 3.12's CALL instruction passes them: for <c>obj.m(...)</c> where <c>m</c> is a function found on the type (or a
/// method of a builtin type), the function and <c>obj</c>;</item>
/// <item>then, when the callee is not Python code (a builtin, a class, a bound method of something other than a Python
/// function), C_RETURN or C_RAISE with the same two arguments, to the tools the point was armed for when CALL was raised.
/// C_RETURN and C_RAISE have no event set of their own: they follow CALL, and a callback cannot disable them (DISABLE
/// removes the callback and raises ValueError, as in CPython).</item>
/// </list>
/// </summary>
public static partial class Instrument
{
    /// <summary><c>sys.monitoring.MISSING</c>: a CALL's arg0 when the call has no argument.</summary>
    public static PyValue Missing => PyValue.FromObject(MonitoringModule.Missing);

    /// <summary>The tools a CALL raised by <see cref="Calls"/> went to, for the C_RETURN or C_RAISE of
    /// <see cref="Returning"/>, which runs right after it on the same thread.</summary>
    [ThreadStatic]
    private static int t_pendingTools;

    /// <summary>
    /// A call site of a callable value (a function, a builtin, a class): while a tool watches CALL there, raises it, and
    /// says whether the generic form must run, because the callee is not Python code and C_RETURN or C_RAISE must follow
    /// (<see cref="Returning"/>). A Python function's call then takes its fast form, as no event follows it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Calls(ref byte[]? armed, int point, PyValue callable, PyValue arg0) =>
        Watching(armed, point) && CallRaised(armed!, point, callable, arg0);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CallRaised(byte[] armed, int point, PyValue callable, PyValue arg0)
    {
        int tools = Calling(armed, point, callable, arg0);
        if (tools == 0 || IsPythonFunction(callable))
            return false;
        t_pendingTools = tools;
        return true;
    }

    /// <summary>
    /// A method call site with an attribute cache (<c>obj.name(args)</c>, positional arguments): while a tool watches CALL
    /// there and the cache gives a Python function of the instance's class, which is what the fast form then calls,
    /// raises CALL (the function, then <paramref name="obj"/> as its first argument, as CPython's LOAD_ATTR method form
    /// passes them) and says false: the fast form runs, as no event follows a Python callee. True: the generic form
    /// (<see cref="CallMethod"/>) looks the method up and raises the call's events.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CallsMethod(ref byte[]? armed, int point, PyValue obj, AttrSite site) =>
        Watching(armed, point) && MethodCallRaised(armed!, point, obj, site);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool MethodCallRaised(byte[] armed, int point, PyValue obj, AttrSite site)
    {
        if (AttrSites.MethodOf(obj, site) is not { } function)
            return true;
        Calling(armed, point, PyValue.FromObject(function), obj);
        return false;
    }

    /// <summary>The call at <paramref name="point"/> returned: INSTRUCTION there again, for the instruction that takes
    /// its result (a call on its fast form has it from the callee's return, <see cref="LeavingFrame"/>).</summary>
    private static void CallReturned(byte[] armed, int point)
    {
        if (!InstructionsActive)
            return;
        t_returnedInto = false;
        Instruction(armed, point);
    }

    /// <summary><c>callable(args)</c> after <see cref="Calls"/> raised its CALL: the call, then C_RETURN or C_RAISE.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue Returning(ref byte[]? armed, int point, PyValue callable, ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        InvokeObserved(armed!, point, t_pendingTools, Callee.Value, callable, args.Length > 0 ? args[0] : Missing, default, null, args, kwNames);

    /// <summary>Whether a call of <paramref name="callable"/> runs Python code in a frame of its own, which CPython
    /// enters without C_RETURN/C_RAISE: a Python function, or a bound method of one.</summary>
    private static bool IsPythonFunction(PyValue callable) =>
        callable.Ref is PyFunction || callable.Ref is PyMethod { Function.Ref: PyFunction };

    /// <summary><c>callable(args)</c> at a call site whose CALL is armed, where CPython 3.12 calls a bound method object
    /// without unpacking it first (a <c>with</c> statement's <c>__exit__</c>): C_RETURN or C_RAISE follow even when it is
    /// a method of a Python function.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue CallMethodObject(ref byte[]? armed, int point, PyValue callable, ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        CallAs(armed!, point, callable.Ref is PyMethod ? Callee.MethodObject : Callee.Value, callable,
            args.Length > 0 ? args[0] : Missing, default, null, args, kwNames);

    /// <summary><c>obj.name(args)</c> at a call site whose CALL is armed. The attribute is looked up once, as CPython's
    /// LOAD_ATTR does: a function of the instance's class is called with <paramref name="obj"/> as its first argument
    /// (the CALL event's callable and arg0), anything else is fetched with getattr and called. A method of a value of a
    /// builtin type (str, list...) is called as the fast path calls it; the event names the type's method, the value first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue CallMethod(ref byte[]? armed, int point, PyValue obj, string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var arg0 = args.Length > 0 ? args[0] : Missing;
        switch (obj.Ref)
        {
            case PyInstance inst when !inst.HasOwn(name) && inst.Type.TryLookup(name, out var f) &&
                                      f.Ref is PyFunction or PyBuiltinFunction { BindsSelf: true }:
                return CallAs(armed!, point, Callee.WithSelf, f, obj, obj, name, args, kwNames);
            case PyInstance or PyType or PyModule:
                return CallAs(armed!, point, Callee.Value, PyOps.GetAttr(obj, name), arg0, obj, name, args, kwNames);
            default:
                if (PyOps.TryGetAttr(PyValue.FromObject(PyOps.TypeOf(obj)), name, out var m) && m.Ref is PyBuiltinFunction)
                    return CallAs(armed!, point, Callee.Method, m, obj, obj, name, args, kwNames);
                return CallAs(armed!, point, Callee.Value, PyOps.GetAttr(obj, name), arg0, obj, name, args, kwNames);
        }
    }

    /// <summary><c>callable(*args, **kwargs)</c> at a call site whose CALL is armed: as CPython 3.12's
    /// CALL_FUNCTION_EX, no event when the callable is a Python function or a bound method; else CALL with the first
    /// positional argument (None when there is none), then C_RETURN or C_RAISE.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue CallEx(ref byte[]? armed, int point, PyValue callable, PyList positional, PyDict? keywords)
    {
        PyValue result;
        if (callable.Ref is PyFunction or PyMethod)
        {
            Instruction(armed, point);
            result = Rt.CallEx(callable, positional, keywords);
            CallReturned(armed!, point);
            return result;
        }
        var arg0 = positional.Count > 0 ? positional.Items[0] : PyValue.None;
        int tools = Calling(armed!, point, callable, arg0);
        try
        {
            result = Rt.CallEx(callable, positional, keywords);
        }
        catch (PyException) when (tools != 0)
        {
            Returned(armed!, point, tools, MonitoringEvent.CRaise, callable, arg0);
            throw;
        }
        Returned(armed!, point, tools, MonitoringEvent.CReturn, callable, arg0);
        return result;
    }

    /// <summary>Zero-argument <c>super()</c> at a call site whose CALL is armed: CALL of the builtin with no argument,
    /// then C_RETURN (the compiled form passes the method's class and first argument itself).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue CallSuper(ref byte[]? armed, int point, PyValue super, PyValue cls, PyValue self)
    {
        int tools = Calling(armed!, point, super, Missing);
        PyValue result;
        try
        {
            result = Rt.Super(cls, self);
        }
        catch (PyException) when (tools != 0)
        {
            Returned(armed!, point, tools, MonitoringEvent.CRaise, super, Missing);
            throw;
        }
        Returned(armed!, point, tools, MonitoringEvent.CReturn, super, Missing);
        return result;
    }

    /// <summary><c>__build_class__</c>, the callable of a class statement's CALL.</summary>
    private static PyValue BuildClass => BuiltinHolder.BuildClass;

    /// <summary>The builtins the slow paths name, in a class of their own: a static field initialized by a call would give
    /// <see cref="Instrument"/> a static constructor, and every read of its flags (<see cref="Active"/>...) a test that
    /// the class is initialized (NativeAOT preinitializes a class without one).</summary>
    private static class BuiltinHolder
    {
        public static readonly PyValue BuildClass = Rt.Builtin("__build_class__");
    }

    /// <summary>A class statement whose CALL is armed, after its bases are evaluated, before its body runs: CALL of
    /// <c>__build_class__</c> with the body's function (made for the event); returns that function, for
    /// <see cref="ClassBuilt"/> or <see cref="ClassRaised"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue BuildingClass(ref byte[]? armed, int point, PyCode body, string module)
    {
        int tools = armed![point];
        var function = PyValue.FromObject(new InlineCodeFunction(body, module) { Tools = tools });
        Calling(armed, point, BuildClass, function);
        return function;
    }

    /// <summary>The class of the statement was created: C_RETURN.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ClassBuilt(ref byte[]? armed, int point, PyValue body) =>
        Returned(armed!, point, ((InlineCodeFunction)body.Ref!).Tools, MonitoringEvent.CReturn, BuildClass, body);

    /// <summary>The class body or the class's creation raised: C_RAISE (the exception goes on).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ClassRaised(ref byte[]? armed, int point, PyValue body) =>
        Returned(armed!, point, ((InlineCodeFunction)body.Ref!).Tools, MonitoringEvent.CRaise, BuildClass, body);

    /// <summary>A generator expression is created from <paramref name="iterator"/> (its first iterable's iterator): CALL of
    /// its function with the iterator, as CPython calls it (a Python function: no C_RETURN); returns the iterator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyIterator GeneratorCall(ref byte[]? armed, int point, PyCode code, string module, PyIterator iterator)
    {
        if (Watching(armed, point))
            CallingGenerator(armed!, point, code, module, iterator);
        return iterator;
    }

    /// <summary>An asynchronous generator expression is created from <paramref name="iterator"/> (what its first
    /// iterable's <c>__aiter__</c> returned): the same CALL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue GeneratorCall(ref byte[]? armed, int point, PyCode code, string module, PyValue iterator)
    {
        if (Watching(armed, point))
            CallingGenerator(armed!, point, code, module, iterator);
        return iterator;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CallingGenerator(byte[] armed, int point, PyCode code, string module, PyIterator iterator) =>
        CallingGenerator(armed, point, code, module, PyValue.FromObject(iterator));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CallingGenerator(byte[] armed, int point, PyCode code, string module, PyValue iterator)
    {
        Calling(armed, point, PyValue.FromObject(new InlineCodeFunction(code, module)), iterator);
        CallReturned(armed, point);
    }

    /// <summary>How the callee of an observed call is called.</summary>
    private enum Callee
    {
        /// <summary>The callable with the arguments.</summary>
        Value,

        /// <summary>The class's function with the receiver prepended.</summary>
        WithSelf,

        /// <summary>The receiver's method by name, as the fast path calls a builtin type's method.</summary>
        Method,

        /// <summary>A method object called as CPython calls one it does not unpack: with C_RETURN/C_RAISE whatever its
        /// function is.</summary>
        MethodObject,
    }

    /// <summary>CALL, the call, then C_RETURN or C_RAISE when the callee is not a Python function.</summary>
    private static PyValue CallAs(byte[] armed, int point, Callee how, PyValue callable, PyValue arg0, PyValue obj, string? name,
        ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        int tools = Calling(armed, point, callable, arg0);
        if (how != Callee.MethodObject && IsPythonFunction(callable))
            tools = 0;
        return InvokeObserved(armed, point, tools, how, callable, arg0, obj, name, args, kwNames);
    }

    /// <summary>The call, then C_RETURN, or C_RAISE when it raises, to <paramref name="tools"/> (those its CALL went to).</summary>
    private static PyValue InvokeObserved(byte[] armed, int point, int tools, Callee how, PyValue callable, PyValue arg0, PyValue obj,
        string? name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        PyValue result;
        try
        {
            result = Invoke(how, callable, obj, name, args, kwNames);
        }
        catch (PyException) when (tools != 0)
        {
            Returned(armed, point, tools, MonitoringEvent.CRaise, callable, arg0);
            throw;
        }
        Returned(armed, point, tools, MonitoringEvent.CReturn, callable, arg0);
        return result;
    }

    private static PyValue Invoke(Callee how, PyValue callable, PyValue obj, string? name, ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        how switch
        {
            Callee.WithSelf => PyOps.CallWithSelf(callable, obj, args, kwNames),
            Callee.Method => PyOps.CallMethod(obj, name!, args, kwNames),
            _ => CallValue(callable, args, kwNames),
        };

    /// <summary>A callable with positional arguments through its fixed-arity entry (a compiled function's direct call,
    /// as the fast forms take), else the generic protocol.</summary>
    private static PyValue CallValue(PyValue callable, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (kwNames is null)
        {
            switch (args.Length)
            {
                case 0:
                    return PyOps.Call0(callable);
                case 1:
                    return PyOps.Call1(callable, args[0]);
                case 2:
                    return PyOps.Call2(callable, args[0], args[1]);
                case 3:
                    return PyOps.Call3(callable, args[0], args[1], args[2]);
            }
        }
        return PyOps.Call(callable, args, kwNames);
    }

    /// <summary><c>for ... in range(...)</c> at a call site whose CALL is armed: the loop's counted cursor, with the
    /// events of the call of <c>range</c> around its creation.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static RangeLoop CallRange(ref byte[]? armed, int point, PyValue range, PyValue a0, PyValue a1 = default, PyValue a2 = default)
    {
        int tools = Calling(armed!, point, range, a0);
        RangeLoop loop;
        try
        {
            loop = a1.IsUnbound ? RangeLoop.Start(a0) : a2.IsUnbound ? RangeLoop.Start(a0, a1) : RangeLoop.Start(a0, a1, a2);
        }
        catch (PyException) when (tools != 0)
        {
            Returned(armed!, point, tools, MonitoringEvent.CRaise, range, a0);
            throw;
        }
        Returned(armed!, point, tools, MonitoringEvent.CReturn, range, a0);
        return loop;
    }

    /// <summary><c>x = next(it)</c> as a fast try's first statement, at a call site whose CALL is armed: the item, or
    /// the exception (StopIteration when exhausted) for the try's handlers, with the events of the call of <c>next</c>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool CallTryNext(ref byte[]? armed, int point, PyValue next, PyValue iterator, out PyValue item, out PyException? exception)
    {
        int tools = Calling(armed!, point, next, iterator);
        bool got;
        try
        {
            got = PyOps.TryNext(iterator, out item, out exception);
        }
        catch (PyException) when (tools != 0)
        {
            Returned(armed!, point, tools, MonitoringEvent.CRaise, next, iterator);
            throw;
        }
        Returned(armed!, point, tools, got ? MonitoringEvent.CReturn : MonitoringEvent.CRaise, next, iterator);
        return got;
    }

    /// <summary>CALL for the tools armed at the point; returns those tools (the ones C_RETURN or C_RAISE then go to).</summary>
    private static int Calling(byte[] armed, int point, PyValue callable, PyValue arg0)
    {
        // (Inside a callback no event is raised, and none follows: 0.)
        if (t_inCallback != 0 || armed[point] == 0)
            return 0;
        var code = PyCode.OfArmed(armed);
        RaiseInstruction(code, point, PyCode.OffsetOf(point));
        int tools = code.EventTools[point];
        if (tools != 0)
            Call(code, tools, PyCode.OffsetOf(point), MonitoringEvent.Call, callable, arg0, disarmPoint: point);
        return tools;
    }

    /// <summary>C_RETURN or C_RAISE after a call of something other than Python code, to the tools CALL was raised for
    /// that still have CALL enabled for the code (the call may have switched it off, as <c>set_events(t, 0)</c> does; a
    /// DISABLE returned for that CALL does not stop them, as in CPython 3.12).</summary>
    private static void Returned(byte[] armed, int point, int tools, MonitoringEvent e, PyValue callable, PyValue arg0)
    {
        if (tools != 0)
        {
            var code = PyCode.OfArmed(armed);
            tools &= code.ToolsOf(MonitoringEvent.Call);
            if (tools != 0)
                Call(code, tools, PyCode.OffsetOf(point), e, callable, arg0, disarmPoint: -1);
        }
        // The call is over (C_RAISE: not, the exception goes on); the instruction after it runs.
        if (e != MonitoringEvent.CRaise)
            CallReturned(armed, point);
    }
}
