using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PyAot.FrontEnd.Diagnostics;
using PyAot.Generator.Model;

namespace PyAot.Generator;

/// <summary>Turns a cached <see cref="DiagnosticInfo"/> into a Roslyn diagnostic located in the .py file, at the output step.</summary>
internal static class DiagnosticFactory
{
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new();

    public static Diagnostic Create(DiagnosticInfo info)
    {
        var descriptor = Descriptors.GetOrAdd(info.Id, static id =>
        {
            var kind = DiagnosticCatalog.ById(id);
            return new DiagnosticDescriptor(id, kind.Title, "{0}", kind.Category,
                kind.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, isEnabledByDefault: true);
        });
        var location = Location.Create(
            info.FilePath,
            new TextSpan(info.Start, info.Length),
            new LinePositionSpan(new LinePosition(info.StartLine, info.StartColumn), new LinePosition(info.EndLine, info.EndColumn)));
        return Diagnostic.Create(descriptor, location, info.Message);
    }
}
