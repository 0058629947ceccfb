using System.Collections.Generic;
using PyAot.FrontEnd.Ast;

namespace PyAot.FrontEnd.Scopes;

/// <summary>
/// A module's future statements, as CPython 3.12 reads them (<c>Python/future.c</c>, and the compiler's check of every
/// <c>from __future__ import</c>): the run of <c>from __future__ import ...</c> statements at the top of the module
/// (after its docstring) turns on their features; a feature that does not exist, <c>braces</c>, and a future import
/// anywhere else are SyntaxErrors, with CPython's messages. Of the features, only <c>annotations</c> (PEP 563) and
/// <c>barry_as_FLUFL</c> change anything in Python 3.12; the others are mandatory already.
/// </summary>
public sealed class FutureFeatures
{
    /// <summary>Every feature name <c>__future__</c> has (<c>__future__.all_feature_names</c>).</summary>
    public static readonly string[] All =
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };

    private FutureFeatures(bool annotations, bool barryAsFlufl, List<(string, Node)> errors)
    {
        Annotations = annotations;
        BarryAsFlufl = barryAsFlufl;
        Errors = errors;
    }

    /// <summary>PEP 563: annotations are kept as strings, never evaluated.</summary>
    public bool Annotations { get; }

    /// <summary><c>barry_as_FLUFL</c>: <c>&lt;&gt;</c> for <c>!=</c> (PEP 401).</summary>
    public bool BarryAsFlufl { get; }

    /// <summary>The SyntaxErrors: CPython's message and the node it points at.</summary>
    public IReadOnlyList<(string Message, Node Node)> Errors { get; }

    public static FutureFeatures Of(Module module)
    {
        bool annotations = false, barry = false;
        var errors = new List<(string, Node)>();
        var leading = new HashSet<ImportFrom>();
        int i = Docstring.Of(module.Body) is null ? 0 : 1;
        for (; i < module.Body.Count && module.Body[i] is ImportFrom { Module: "__future__" } future; i++)
        {
            leading.Add(future);
            foreach (var alias in future.Names)
            {
                switch (alias.Name)
                {
                    case "annotations":
                        annotations = true;
                        break;
                    case "barry_as_FLUFL":
                        barry = true;
                        break;
                    case "braces":
                        errors.Add(("not a chance", alias));
                        break;
                    default:
                        if (System.Array.IndexOf(All, alias.Name) < 0)
                            errors.Add(($"future feature {alias.Name} is not defined", alias));
                        break;
                }
            }
        }
        // Any other 'from __future__ import' is refused where the compiler reaches it.
        var others = new OtherFutureImports(leading);
        others.VisitList(module.Body);
        foreach (var s in others.Found)
            errors.Add(("from __future__ imports must occur at the beginning of the file", s));
        return new FutureFeatures(annotations, barry, errors);
    }

    private sealed class OtherFutureImports(HashSet<ImportFrom> leading) : AstWalker
    {
        public List<ImportFrom> Found { get; } = new();

        public override void VisitImportFrom(ImportFrom node)
        {
            if (node.Module == "__future__" && (node.Level ?? 0) == 0 && !leading.Contains(node))
                Found.Add(node);
        }
    }
}
