using System.Collections.Generic;

namespace PyAot.FrontEnd.Ast;

/// <summary>Enumerates a tree's nodes without recursion (trees can be deeper than the stack allows recursing).</summary>
public static class NodeWalk
{
    /// <summary>Every node under <paramref name="root"/>, root included, in no particular order.</summary>
    public static List<Node> All(Node root)
    {
        var list = new List<Node>();
        DepthWalker.Collect(root, list);
        return list;
    }
}
