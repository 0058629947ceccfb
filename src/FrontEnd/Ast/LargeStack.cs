using System;
using System.Threading;

namespace PyAot.FrontEnd.Ast;

/// <summary>
/// For code that walks trees recursively. A parsed tree can be up to <see cref="PythonParser.MaxTreeDepth"/>
/// deep (as in CPython), which a recursive walk cannot always take on a 1 MB thread stack (the compiler's
/// threads on Windows); <see cref="Run{T}"/> runs such a walk on a thread with a large stack when the tree is
/// deep, and directly otherwise.
/// </summary>
public static class LargeStack
{
    /// <summary>Trees at most this deep are walked on the caller's thread.</summary>
    public const int ShallowDepth = 250;

    private const int StackBytes = 256 * 1024 * 1024;

    public static bool IsDeep(Node root) => DepthWalker.FindDeeperThan(root, ShallowDepth) is not null;

    public static T Run<T>(Node root, Func<T> walk) => IsDeep(root) ? Run(walk) : walk();

    /// <summary>Runs <paramref name="walk"/> on a new thread with a 256 MB stack, passing on its exception.</summary>
    public static T Run<T>(Func<T> walk)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = walk();
            }
            catch (Exception e)
            {
                error = e;
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        if (error is not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result;
    }
}
