using System;

namespace PyAot.Runtime;

/// <summary>
/// CPython closes a generator the moment its last reference goes (<c>_PyGen_Finalize</c> at reference count zero):
/// a <c>for</c> loop that leaves a generator it made early (<c>break</c>, <c>return</c>, an exception) runs the
/// generator's <c>finally</c> blocks and <c>with</c> exits right there. Compiled code has no reference counts, so the
/// compiler proves where that moment is: a loop over a generator object nothing else can hold (a generator
/// expression, or a call of a generator function: <see cref="MadeBy"/>, <see cref="MadeByMethod"/>) drops it when
/// the loop ends, and this closes it. An
/// exception the closing raises is, as in CPython's finalizer, reported as unraisable ("Exception ignored in") rather
/// than raised.
/// </summary>
public static class DroppedGenerators
{
    /// <summary>Whether <paramref name="iterator"/>, what calling <paramref name="function"/> gave, is a generator the
    /// call made: not started, and of the function's own code, so the function is a generator function, whose call
    /// runs none of its body and hands the new generator to the caller alone. (<paramref name="function"/> is read
    /// again after the call; a call cannot rebind it before it is made.)</summary>
    public static bool MadeBy(PyValue function, PyIterator? iterator) =>
        iterator is PyGenerator { Unstarted: true, Code: { } code } && function.Ref is PyFunction f && ReferenceEquals(f.Code, code);

    /// <summary><see cref="MadeBy"/> for <c>obj.name(...)</c>: the method found on an instance's class (no attribute
    /// of the instance's own, no <c>__getattribute__</c> of the class in between) or a module's function.</summary>
    public static bool MadeByMethod(PyValue obj, string name, PyIterator? iterator)
    {
        if (iterator is not PyGenerator { Unstarted: true })
            return false;
        switch (obj.Ref)
        {
            case PyModule module:
                return module.TryGetAttr(name, out var attr) && MadeBy(attr, iterator);
            case PyInstance instance when !instance.HasOwn(name) && !instance.Type.TryLookup("__getattribute__", out _):
                return instance.Type.TryLookup(name, out var method) && MadeBy(method, iterator);
            default:
                return false;
        }
    }

    /// <summary>The iterator of a loop that held the only reference to it, dropped.</summary>
    public static void Drop(PyIterator? iterator)
    {
        if (iterator is not PyGenerator generator)
            return;
        try
        {
            generator.Close();
        }
        catch (PyException e)
        {
            Unraisable.Report("Exception ignored in: " + generator.Repr(), e);
        }
    }
}
