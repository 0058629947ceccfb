using System.Collections.Generic;

namespace PyAot.FrontEnd.Ast;

public sealed partial class Arguments
{
    /// <summary>Every parameter in order: positional-only, positional, *args, keyword-only, **kwargs.</summary>
    public IEnumerable<Arg> All()
    {
        foreach (var a in Posonlyargs)
            yield return a;
        foreach (var a in Args)
            yield return a;
        if (Vararg is not null)
            yield return Vararg;
        foreach (var a in Kwonlyargs)
            yield return a;
        if (Kwarg is not null)
            yield return Kwarg;
    }
}
