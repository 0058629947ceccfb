using System;

namespace PyAot.FrontEnd.Scopes;

/// <summary>What kind of block a <see cref="Scope"/> is (CPython's <c>_BlockType</c>, with comprehensions apart).</summary>
public enum ScopeKind
{
    Module,
    Function,
    Lambda,
    Class,
    /// <summary>A list/set/dict comprehension or a generator expression.</summary>
    Comprehension,
}

/// <summary>How a name was used in one scope (CPython's <c>DEF_*</c> / <c>USE</c> flags).</summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    /// <summary>Bound here: assignment target, for target, def/class name, del target, except/with/match name.</summary>
    Assigned = 1 << 0,
    Parameter = 1 << 1,
    /// <summary>Named in a <c>global</c> statement in this scope.</summary>
    DeclaredGlobal = 1 << 2,
    /// <summary>Named in a <c>nonlocal</c> statement in this scope.</summary>
    DeclaredNonlocal = 1 << 3,
    /// <summary>Read here.</summary>
    Used = 1 << 4,
    /// <summary>Bound here by <c>import</c> / <c>from ... import</c>.</summary>
    Imported = 1 << 5,
    /// <summary>An iteration variable of this comprehension.</summary>
    ComprehensionIteration = 1 << 6,
    /// <summary>Bound by a walrus inside a comprehension nested in this scope (PEP 572: it binds here).</summary>
    WalrusFromComprehension = 1 << 7,
    /// <summary>Deleted here (<c>del x</c>); the name is also <see cref="Assigned"/>.</summary>
    Deleted = 1 << 8,
    /// <summary>Annotated here (<c>x: int</c>).</summary>
    Annotated = 1 << 9,

    /// <summary>Any binding that makes the name local (CPython's <c>DEF_BOUND</c>).</summary>
    Bound = Assigned | Parameter | Imported,
}

/// <summary>Where a name lives, as CPython's symtable resolves it (<c>LOCAL</c>, <c>GLOBAL_EXPLICIT</c>, ...).</summary>
public enum SymbolKind
{
    /// <summary>
    /// A local of this scope. In the module scope a "local" is a module global (CPython compiles it with
    /// <c>STORE_NAME</c>/<c>LOAD_NAME</c>); in a comprehension it is an iteration variable (PEP 709).
    /// </summary>
    Local,
    /// <summary>Declared <c>global</c> in this scope.</summary>
    GlobalExplicit,
    /// <summary>Not bound in this scope nor in an enclosing function: a module global, else a builtin.</summary>
    GlobalImplicit,
    /// <summary>Bound in an enclosing function scope (a closure variable); inside an inlined comprehension this just
    /// means "a local of the enclosing function", which needs no cell.</summary>
    Free,
    /// <summary>A local of this scope that a nested (non-inlined) scope reads or writes: it needs a cell.</summary>
    Cell,
}

/// <summary>One name in one scope.</summary>
public sealed class Symbol
{
    internal Symbol(string name) => Name = name;

    public string Name { get; }

    public SymbolFlags Flags { get; internal set; }

    public SymbolKind Kind { get; internal set; }

    public bool IsParameter => (Flags & SymbolFlags.Parameter) != 0;

    public bool IsAssigned => (Flags & SymbolFlags.Assigned) != 0;

    public bool IsUsed => (Flags & SymbolFlags.Used) != 0;

    public bool IsImported => (Flags & SymbolFlags.Imported) != 0;

    public bool IsGlobal => Kind == SymbolKind.GlobalExplicit || Kind == SymbolKind.GlobalImplicit;

    public bool IsLocal => Kind == SymbolKind.Local || Kind == SymbolKind.Cell;

    public override string ToString() => $"{Name}: {Kind} [{Flags}]";
}
