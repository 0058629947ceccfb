namespace PyAot.Generator.Model;

/// <summary>
/// One Python module to lower: its dotted name ("pkg.mod"), the path of its .py file, its text, and the
/// dotted names of every module in the project (so imports between them resolve).
/// </summary>
public sealed record ModuleInput(string ModuleName, string FilePath, string Text, EquatableArray<string> ProjectModules);
