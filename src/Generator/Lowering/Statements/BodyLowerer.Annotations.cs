using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using Attribute = PyAot.FrontEnd.Ast.Attribute;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Variable annotations (PEP 526) as CPython 3.12 compiles them (compiler_annassign): the assignment first (the value,
/// then the target), then, in a module or class body, a simple name's annotation stored in the body's
/// <c>__annotations__</c> (which the body starts with when it annotates anything: SETUP_ANNOTATIONS), any other
/// target's annotation evaluated and dropped. A target with no value has its object (and subscript) evaluated. A
/// function body never evaluates its variables' annotations. Under <c>from __future__ import annotations</c> (PEP 563)
/// nothing evaluates an annotation; what is stored is its source text.
/// </summary>
internal sealed partial class BodyLowerer
{
    private void AnnotatedAssignment(AnnAssign ann)
    {
        if (ann.Value is not null)
        {
            StoreTo(ann.Target, Lower(ann.Value), valueIsTemp: false);
        }
        else if (ann.Target is Attribute at)
        {
            Discard(LowerValue(at.Value));
        }
        else if (ann.Target is Subscript sub)
        {
            var (obj, key) = LowerSubscriptOperands(sub);
            Discard(obj);
            Discard(key);
        }
        if (_scope.Kind is not (ScopeKind.Module or ScopeKind.Class))
            return;
        if (ann.Simple == 1 && ann.Target is Name n)
        {
            // The annotation, then LOAD_NAME __annotations__ and STORE_SUBSCR.
            string value = AnnotationValue(ann.Annotation);
            _w.Line($"PyOps.SetItem({AnnotationsDict()}, PyValue.FromString({CsNames.StringLiteral(n.Id)}), {value});");
        }
        else if (!_m.FutureAnnotations)
        {
            Discard(LowerValue(ann.Annotation));
        }
    }

    /// <summary>An annotation's value where it is stored (a def's, a simple name's in a module or class body),
    /// computed now, in order; under <c>from __future__ import annotations</c> its source text, as CPython's compiler
    /// writes it (<see cref="Unparser"/>).</summary>
    private string AnnotationValue(Expr annotation)
    {
        if (_m.FutureAnnotations)
            return $"PyValue.FromString({CsNames.StringLiteral(Unparser.Of(annotation))})";
        var value = Lower(annotation);
        return value.IsConstant ? value.AsValue() : Spill(value.AsValue());
    }

    /// <summary>SETUP_ANNOTATIONS: a module or class body that annotates a variable starts with an empty
    /// <c>__annotations__</c>.</summary>
    private void SetUpAnnotations(System.Collections.Generic.IEnumerable<Stmt> body, string? classNamespace)
    {
        if (!Annotations.AnyIn(body))
            return;
        if (classNamespace is null)
            _w.Line($"{ModuleState.Global(_m.GlobalFields["__annotations__"])} = PyValue.FromObject(new PyDict());");
        else
            _w.Line($"{classNamespace}.Set(\"__annotations__\", PyValue.FromObject(new PyDict()));");
    }

    /// <summary>LOAD_NAME <c>__annotations__</c> in the module or class body being lowered.</summary>
    private string AnnotationsDict()
    {
        string global = _m.GlobalFields.TryGetValue("__annotations__", out var field)
            ? $"Rt.Global({ModuleState.Global(field)}, \"__annotations__\")"
            : "Rt.NameError(\"__annotations__\")";
        if (_scope.Kind != ScopeKind.Class)
            return global;
        string t = NewTemp();
        return $"({_classNamespaces[_scope]}.TryGet(\"__annotations__\", out {t}) ? {t} : {global})";
    }

    private void Discard(string code) => _w.Line($"_ = {code};");
}
