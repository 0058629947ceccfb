namespace PyAot.Generator.Model;

/// <summary>
/// The C# for one module, the hint name to add it under, and what lowering reported. <see cref="CSharp"/>
/// is null when the module could not be compiled (the diagnostics say why); <see cref="Placeholder"/> is then what
/// stands in for it (the module class and the typed API its annotations declare), when the tree was there to read.
/// </summary>
public sealed record LoweredModule(string ModuleName, string HintName, string? CSharp, EquatableArray<DiagnosticInfo> Diagnostics,
    string? Placeholder = null);
