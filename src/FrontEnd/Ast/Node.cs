namespace PyAot.FrontEnd.Ast;

/// <summary>
/// Base of every tree node. Positions follow CPython: 1-based lines, 0-based columns counted in UTF-8 bytes.
/// Nodes whose CPython class has no position attributes (arguments, comprehension, withitem, match_case)
/// still carry the fields, unset, so the printer knows by <see cref="HasPosition"/> whether to show them.
/// </summary>
public abstract class Node
{
    public int Lineno { get; set; }
    public int ColOffset { get; set; }
    public int EndLineno { get; set; }
    public int EndColOffset { get; set; }

    /// <summary>The class name CPython's <c>ast</c> module uses for this node.</summary>
    public abstract string PythonName { get; }

    /// <summary>Whether CPython's class has lineno/col_offset/end_lineno/end_col_offset attributes.</summary>
    public abstract bool HasPosition { get; }

    /// <summary>Pushes the child nodes on the walker's stack (generated for every node class).</summary>
    internal virtual void PushChildren(DepthWalker w)
    {
    }

    /// <summary>Calls the walker's <c>Visit</c> method for this node's class (generated for every node class).</summary>
    public abstract void Accept(AstWalker walker);
}
