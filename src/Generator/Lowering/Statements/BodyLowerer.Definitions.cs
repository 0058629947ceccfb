using System;
using System.Collections.Generic;
using System.Linq;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using PyAot.Generator.Lowering.Instrumentation;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// <c>def</c>, <c>class</c> and the function objects they and <c>lambda</c> create: decorators, defaults and bases
/// evaluated in the enclosing scope, the class body run inline into a <c>ClassNamespace</c>.
/// </summary>
internal sealed partial class BodyLowerer
{
    private void FunctionDefinition(FunctionDef f)
    {
        var fn = _m.Functions[f];
        // Decorators are evaluated first, then defaults and annotations, all in the enclosing scope.
        var decorators = f.DecoratorList.Select(d => Spill(LowerValue(d))).ToList();
        string obj = MakeFunction(fn);
        string value;
        if (fn.IsTopLevel)
        {
            _w.Line($"{ModuleState.FunctionObject(fn)} = {obj};");
            value = $"PyValue.FromObject({ModuleState.FunctionObject(fn)})";
        }
        else
        {
            value = $"PyValue.FromObject({obj})";
        }
        // Annotations after the defaults (which the function object's creation evaluates), as MAKE_FUNCTION has them.
        var annotated = Annotations.OfFunction(f);
        if (annotated.Count > 0)
        {
            if (!fn.IsTopLevel)
                value = Spill(value);
            var values = annotated.Select(a => AnnotationValue(a.Annotation)).ToList();
            _w.Line($"Rt.SetAnnotations({value}, new string[] {{ {string.Join(", ", annotated.Select(a => CsNames.StringLiteral(a.Name)))} }}, " +
                    $"new PyValue[] {{ {string.Join(", ", values)} }});");
        }
        for (int i = decorators.Count - 1; i >= 0; i--)
            value = ApplyDecorator(f.DecoratorList[i], decorators[i], value);
        StoreName(f.Name, StoredOnLine(f, value), f);
    }

    /// <summary>A decorated definition's value, then the STORE's line (the def's or class's), where CPython stores it
    /// (<see cref="ExpressionLines"/>: only while lowering with its marks).</summary>
    private string StoredOnLine(Stmt definition, string value) =>
        _linePlan is not null && _e.Instrumenter.LineWithin(definition is FunctionDef f ? f.DecoratorList[0] : ((ClassDef)definition).DecoratorList[0], definition.Lineno) is { } point
            ? $"Instrument.After({value}, {point})"
            : value;

    /// <summary>
    /// <c>class C(B, metaclass=M, kw=v): body</c> (CPython's <c>__build_class__</c>): decorators, bases and keywords
    /// first; then <c>ClassNamespace.Prepare</c> works out the metaclass and calls its <c>__prepare__</c>; the body runs
    /// inline with its names going to that namespace; then the metaclass makes the class (methods that use
    /// <c>super()</c>/<c>__class__</c> get it through the cell passed as <c>__classcell__</c>), which is decorated
    /// and bound.
    /// </summary>
    private void ClassDefinition(ClassDef c)
    {
        var scope = _m.Table.ScopeOf(c);
        var decorators = c.DecoratorList.Select(d => Spill(LowerValue(d))).ToList();
        string prepareArguments = ClassArguments(c);
        bool needsCell = scope.Children.Any(ch => ch.Lookup("__class__") is { Kind: SymbolKind.Free });
        string? cell = null;
        if (needsCell)
        {
            cell = NewBlockLocal("class_cell");
            _w.Line($"var {cell} = new PyCell();");
            _classCells[scope] = cell;
        }
        _e.ClassBuildStart(c);
        string ns = NewBlockLocal("ns");
        _w.Line($"var {ns} = ClassNamespace.Prepare({CsNames.StringLiteral(c.SourceName)}, {CsNames.StringLiteral(scope.QualName)}, {ModuleState.ModuleName}, {prepareArguments});");
        _classNamespaces[scope] = ns;
        var savedScope = _scope;
        _scope = scope;
        // PEP 695: a generic class's type parameters, first (TypeParameterScopes)
        if (c.TypeParamsLocal is { } typeParams)
            _w.Line($"{ns}.Set(\"__type_params__\", {LoadName(new Name { Id = typeParams, Lineno = c.Lineno, ColOffset = c.ColOffset }).Code});");
        SetUpAnnotations(c.Body, ns);
        if (Docstring.Of(c.Body) is { } doc)
            _w.Line($"{ns}.Set(\"__doc__\", PyValue.FromString({CsNames.StringLiteral(doc)}));");
        // A class body is not inside the enclosing loops ('break' there is a SyntaxError).
        var savedLoops = _loops.ToArray();
        _loops.Clear();
        _e.CodeStart(c);
        Statements(c.Body, 0); // (the docstring is a statement without code)
        _e.CodeEnd(c);
        for (int i = savedLoops.Length - 1; i >= 0; i--)
            _loops.Push(savedLoops[i]);
        _scope = savedScope;
        _e.LineDirective(c);
        string cls = NewTemp("cls");
        _w.Line($"{cls} = {ns}.CreateClass({cell ?? "null"});");
        _e.ClassBuildEnd(c);
        string value = cls;
        for (int i = decorators.Count - 1; i >= 0; i--)
            value = ApplyDecorator(c.DecoratorList[i], decorators[i], value);
        StoreName(c.Name, StoredOnLine(c, value), c);
    }

    /// <summary>A class statement's bases and keywords, evaluated in order, as <c>ClassNamespace.Prepare</c>'s last
    /// arguments: spans, or with <c>*bases</c> or <c>**keywords</c> a list and a dict built as a call's are.</summary>
    private string ClassArguments(ClassDef c)
    {
        if (!c.Bases.Any(b => b is Starred) && !c.Keywords.Any(k => k.Arg is null))
        {
            var operands = LowerOperands(c.Bases.Concat(c.Keywords.Select(k => k.Value)).ToList())
                .Select(b => b.IsConstant ? b.AsValue() : Spill(b.AsValue())).ToList();
            string bases = Span(operands.Take(c.Bases.Count).ToList());
            if (c.Keywords.Count == 0)
                return bases;
            string names = "new string[] { " + string.Join(", ", c.Keywords.Select(k => CsNames.StringLiteral(k.Arg!))) + " }";
            return $"{bases}, {Span(operands.Skip(c.Bases.Count).ToList())}, {names}";
        }
        string list = NewBlockLocal("bases");
        _w.Line($"var {list} = new PyList();");
        foreach (var b in c.Bases)
        {
            if (b is Starred st)
                _w.Line($"ClassNamespace.ExtendBases({list}, {LowerValue(st.Value)});");
            else
                _w.Line($"{list}.Append({LowerValue(b)});");
        }
        string keywords = NewBlockLocal("keywords");
        _w.Line($"var {keywords} = new PyDict();");
        foreach (var k in c.Keywords)
        {
            if (k.Arg is null)
                _w.Line($"Rt.MergeKeywords({keywords}, {LowerValue(k.Value)}, ClassNamespace.BuildClass);");
            else
                _w.Line($"Rt.AddKeyword({keywords}, {CsNames.StringLiteral(k.Arg)}, {LowerValue(k.Value)}, ClassNamespace.BuildClass);");
        }
        return $"{list}, {keywords}";
    }

    /// <summary><c>decorator(value)</c>, a call an instrumenter sees. Under one that observes calls the value (the
    /// function or class, or the previous decorator's result) is computed into a temporary first: the call's two forms,
    /// and its CALL event's arg0, each write it, and it must be made, and the previous decorator applied, once.</summary>
    private string ApplyDecorator(Expr site, string decorator, string value)
    {
        if (!_e.ObservesCalls)
            return _e.Call(site, null, $"PyOps.Call({decorator}, [{value}], null)");
        string made = Spill(value);
        // (its CALL is on the decorator's line, when the statement's lines are followed: ExpressionLines)
        if (_linePlan is not null && _e.Instrumenter.LineWithin(site, site.Lineno) is { } point)
            _w.Line($"_ = {point};");
        return _e.Call(site, CallShape.Of(decorator, new[] { made }), $"PyOps.Call({decorator}, [{made}], null)");
    }

    /// <summary>
    /// <c>new Functions.X_Function(defaults, cells...)</c>: the function object a def or lambda creates, with its
    /// defaults evaluated now and the cells of the variables it closes over.
    /// </summary>
    private string MakeFunction(FunctionInfo fn)
    {
        var all = new List<Expr?>(fn.Args.Defaults);
        all.AddRange(fn.Args.KwDefaults);
        var lowered = LowerOperands(all);
        var defaults = lowered.Take(fn.Args.Defaults.Count).Select(d => d.AsValue()).ToList();
        string array = defaults.Count == 0 ? "Array.Empty<PyValue>()" : "new PyValue[] { " + string.Join(", ", defaults) + " }";
        var args = new List<string> { array };
        if (fn.KwOnlyCount > 0)
        {
            // A keyword-only parameter without a default gets an unbound slot (required).
            var kw = fn.Args.KwDefaults.Select((d, i) => d is null ? "default" : lowered[fn.Args.Defaults.Count + i].AsValue());
            args.Add("new PyValue[] { " + string.Join(", ", kw) + " }");
        }
        foreach (var v in fn.FreeVars)
        {
            var (kind, id) = Storage(v, fn.Node, capturing: true);
            if (kind is not (StorageKind.Cell or StorageKind.Free))
                throw new InvalidOperationException($"captured variable '{v}' is not in a cell");
            args.Add(id!);
        }
        return $"new {ModuleState.FunctionClass(fn)}({string.Join(", ", args)})";
    }
}
