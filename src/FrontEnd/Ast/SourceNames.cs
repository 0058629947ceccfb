namespace PyAot.FrontEnd.Ast;

// The name a def or class statement was written with, when private name mangling changed the name it binds
// (Scopes/PrivateNames): __name__ and __qualname__ use the written name, the binding the mangled one.

public sealed partial class FunctionDef
{
    private string? _sourceName;

    /// <summary>The function's name as written (its <c>__name__</c>); <see cref="Name"/> is the name the def binds.</summary>
    public string SourceName { get => _sourceName ?? Name; set => _sourceName = value; }
}

public sealed partial class AsyncFunctionDef
{
    private string? _sourceName;

    /// <summary>The function's name as written (its <c>__name__</c>); <see cref="Name"/> is the name the def binds.</summary>
    public string SourceName { get => _sourceName ?? Name; set => _sourceName = value; }
}

public sealed partial class ClassDef
{
    private string? _sourceName;

    /// <summary>The class's name as written (its <c>__name__</c>); <see cref="Name"/> is the name the statement binds.</summary>
    public string SourceName { get => _sourceName ?? Name; set => _sourceName = value; }
}
