namespace PyAot.FrontEnd.Ast;

/// <summary>
/// The parser's tree made the generator's, in place, before its symbol table is built (the table is keyed by node):
/// <c>async def</c> as a marked <see cref="FunctionDef"/> (<see cref="AsyncFunctions"/>), PEP 695's annotation scopes
/// as functions (<see cref="TypeParameterScopes"/>), and an <c>except*</c> try's finally around it
/// (<see cref="ExceptStarFinally"/>). Each rewrite leaves a tree it has rewritten as it is.
/// </summary>
public static class GeneratorTree
{
    public static void Prepare(Module module)
    {
        AsyncFunctions.AsFunctionDefs(module);
        TypeParameterScopes.Desugar(module);
        ExceptStarFinally.Split(module);
    }
}
