using System.Collections.Generic;

namespace PyAot.FrontEnd.Ast;

/// <summary>
/// Finds a node deeper than a limit, without recursion. Left-recursive rules (a+b+c..., a.b.c..., f()()...)
/// build trees far deeper than the parser's own recursion; CPython 3.12 refuses such trees when it builds the
/// Python objects ("maximum recursion depth exceeded during ast construction", past a depth of about 3,000
/// objects counting the Module), and so does this front end, so that nothing walking the tree recursively
/// (the dumper, scopes, lowering) can overflow the stack.
/// </summary>
internal sealed class DepthWalker
{
    private Node[] _nodes = new Node[256];
    private int[] _depths = new int[256];
    private int _count;
    private int _childDepth;

    /// <summary>The first node found deeper than <paramref name="limit"/> (the root has depth 1), or null.</summary>
    public static Node? FindDeeperThan(Node root, int limit)
    {
        var w = new DepthWalker();
        w._childDepth = 1;
        w.Push(root);
        while (w._count > 0)
        {
            int i = --w._count;
            Node n = w._nodes[i];
            int d = w._depths[i];
            w._nodes[i] = null!;
            if (d > limit)
                return n;
            w._childDepth = d + 1;
            n.PushChildren(w);
        }
        return null;
    }

    /// <summary>Adds every node under <paramref name="root"/> (root included) to <paramref name="into"/>.</summary>
    public static void Collect(Node root, List<Node> into)
    {
        var w = new DepthWalker();
        w.Push(root);
        while (w._count > 0)
        {
            int i = --w._count;
            Node n = w._nodes[i];
            w._nodes[i] = null!;
            into.Add(n);
            n.PushChildren(w);
        }
    }

    public void Push(Node? n)
    {
        if (n is null)
            return;
        if (_count == _nodes.Length)
        {
            System.Array.Resize(ref _nodes, _count * 2);
            System.Array.Resize(ref _depths, _count * 2);
        }
        _nodes[_count] = n;
        _depths[_count++] = _childDepth;
    }

    public void PushAll<T>(List<T>? list) where T : Node?
    {
        if (list is null)
            return;
        for (int i = 0; i < list.Count; i++)
            Push(list[i]);
    }
}
