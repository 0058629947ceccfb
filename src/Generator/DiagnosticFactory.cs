using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PyAot.FrontEnd.Diagnostics;
using PyAot.Generator.Model;

namespace PyAot.Generator;

/// <summary>
/// Turns a cached <see cref="DiagnosticInfo"/> into a Roslyn diagnostic located in the .py file: at the generator's
/// output step, and in the analyzer that reports the same diagnostics live (PyAot.Analyzers' PythonCompileAnalyzer).
/// The two make equal diagnostics, which the compiler reports once: equal descriptors (one per id, from here), equal
/// locations, and the same message <em>instance</em>, since a diagnostic compares its message arguments by reference
/// (hence <see cref="string.Intern"/>; both run in the same compiler process).
/// </summary>
public static class DiagnosticFactory
{
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new();

    /// <summary>The one descriptor of a diagnostic id of <see cref="DiagnosticCatalog"/>.</summary>
    public static DiagnosticDescriptor Descriptor(string id) => Descriptors.GetOrAdd(id, static id =>
    {
        var kind = DiagnosticCatalog.ById(id);
        return new DiagnosticDescriptor(id, kind.Title, "{0}", kind.Category,
            kind.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, isEnabledByDefault: true);
    });

    public static Diagnostic Create(DiagnosticInfo info)
    {
        var location = Location.Create(
            info.FilePath,
            new TextSpan(info.Start, info.Length),
            new LinePositionSpan(new LinePosition(info.StartLine, info.StartColumn), new LinePosition(info.EndLine, info.EndColumn)));
        return Diagnostic.Create(Descriptor(info.Id), location, string.Intern(info.Message));
    }
}
