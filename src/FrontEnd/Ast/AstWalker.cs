using System.Collections.Generic;

namespace PyAot.FrontEnd.Ast;

// The hand-written half of the generated walker (AstWalker.g.cs): the entry points its VisitX methods use.
public abstract partial class AstWalker
{
    /// <summary>Visits a node (nothing for null: an optional field that is absent). Every child is visited through
    /// here, so a walker that must see every node overrides this one method.</summary>
    public virtual void Visit(Node? node) => node?.Accept(this);

    /// <summary>Visits the nodes of a list field in order (null items are absent optional nodes, such as a keyword-only
    /// parameter without a default).</summary>
    public void VisitList<T>(List<T>? nodes) where T : Node?
    {
        if (nodes is null)
            return;
        for (int i = 0; i < nodes.Count; i++)
            Visit(nodes[i]);
    }
}
