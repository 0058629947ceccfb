namespace PyAot.Generator.Model;

/// <summary>A .py file of the project: its dotted module name, its path and its text.</summary>
public sealed record PythonFile(string ModuleName, string FilePath, string Text);
