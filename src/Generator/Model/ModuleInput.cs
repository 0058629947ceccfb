namespace PyAot.Generator.Model;

/// <summary>
/// One Python module to lower: its dotted name ("pkg.mod"), the path of its .py file, its text, and the
/// dotted names of every module in the project (so imports between them resolve), and whether PEP 669 monitoring is
/// compiled in (MSBuild property <c>PyAotMonitoring</c>, default true; false compiles every instrumentation point out).
/// <see cref="StarNames"/>: the names its <c>from m import *</c> statements may bind (sorted; empty without one), from
/// the exports of the modules it star-imports (<see cref="Analysis.StarExports"/>), so that an edit of another module
/// changes this input only when it changes what that module exports to this one.
/// </summary>
public sealed record ModuleInput(string ModuleName, string FilePath, string Text, EquatableArray<string> ProjectModules, bool Monitoring = true,
    EquatableArray<string> StarNames = default);
