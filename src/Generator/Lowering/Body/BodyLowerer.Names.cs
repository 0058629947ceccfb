using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using PyAot.FrontEnd.Ast;
using PyAot.FrontEnd.Scopes;
using PyAot.Generator.Analysis;
using Attribute = PyAot.FrontEnd.Ast.Attribute;
using Tuple = PyAot.FrontEnd.Ast.Tuple;

namespace PyAot.Generator.Lowering;

/// <summary>
/// Where each Python name of the body lives and how it is read and stored: a C# local, a comprehension's own local,
/// a cell (captured by a nested function), a closure cell (free), a class namespace entry, a module global
/// (<see cref="ModuleState"/>) or a builtin.
/// </summary>
internal sealed partial class BodyLowerer
{
    private string GlobalLvalue(string name)
    {
        if (!_m.GlobalFields.TryGetValue(name, out var field))
            throw new InvalidOperationException($"no global field for '{name}'");
        return ModuleState.Global(field);
    }

    private enum StorageKind
    {
        /// <summary>A name bound in a class body: the class namespace (<c>Id</c> is the namespace local).</summary>
        ClassNamespace,
        Local,
        ComprehensionVariable,
        Cell,
        Free,
        Global,
    }

    /// <summary>
    /// Where a name used in the current scope lives: through inlined comprehensions out to the method's scope,
    /// then a C# local, a cell (captured by a nested function), a closure cell (free), or a module global.
    /// <c>Id</c> is the C# local / cell expression / global field (null for a global the module never binds).
    /// </summary>
    private (StorageKind Kind, string? Id) Storage(string name, Node at) => Storage(name, at, capturing: false);

    /// <summary>
    /// <paramref name="capturing"/>: the storage a nested function's closure captures. A class body's own names are
    /// never captured (a method's free variable passes through the class to the enclosing function's cell, even
    /// when the class binds the same name: CPython's DEF_FREE_CLASS).
    /// </summary>
    private (StorageKind Kind, string? Id) Storage(string name, Node at, bool capturing)
    {
        var s = _scope;
        while (s != _functionScope && s.Kind is ScopeKind.Comprehension or ScopeKind.Class)
        {
            if (s.Kind == ScopeKind.Class)
            {
                if (name == "__class__" && _classCells.TryGetValue(s, out var classCell))
                    return (StorageKind.Cell, classCell);
                var ksym = s.Lookup(name);
                if (ksym is not null && ksym.Kind == SymbolKind.Local && s == _scope && !capturing)
                    return (StorageKind.ClassNamespace, _classNamespaces[s]);
                if (ksym is not null && ksym.Kind == SymbolKind.GlobalExplicit)
                    return (StorageKind.Global, _m.GlobalFields.TryGetValue(name, out var kg) ? ModuleState.Global(kg) : null);
                s = s.Parent!;
                continue;
            }
            var csym = s.Lookup(name);
            if (csym is not null && csym.Kind == SymbolKind.Local)
                return (StorageKind.ComprehensionVariable, _compVars[s][name]);
            if (csym is not null && csym.Kind == SymbolKind.Cell)
                return (StorageKind.Cell, _compVars[s][name]);
            if (csym is not null && csym.Kind == SymbolKind.GlobalExplicit)
                return (StorageKind.Global, _m.GlobalFields.TryGetValue(name, out var gf) ? ModuleState.Global(gf) : null);
            s = s.Parent!;
        }
        if (s != _functionScope)
            throw new InvalidOperationException($"name '{name}' resolved outside the method's scope");
        if (s.Kind != ScopeKind.Module)
        {
            var sym = s.Lookup(name);
            switch (sym?.Kind)
            {
                case SymbolKind.Local when _locals.TryGetValue(name, out var local):
                    return (StorageKind.Local, local);
                case SymbolKind.Cell:
                    return (StorageKind.Cell, _cells[name]);
                case SymbolKind.Free:
                    return (StorageKind.Free, _free[name]);
                case SymbolKind.Local:
                    throw new LoweringError($"the variable '{name}' could not be resolved", at);
            }
        }
        return (StorageKind.Global, _m.GlobalFields.TryGetValue(name, out var field) ? ModuleState.Global(field) : null);
    }

    /// <summary>The C# lvalue for a Python name bound in the current scope.</summary>
    private string NameLvalue(string name, Node at)
    {
        var (kind, id) = Storage(name, at);
        if (id is null)
            throw new InvalidOperationException($"no storage for '{name}'");
        if (kind == StorageKind.ClassNamespace)
            throw new InvalidOperationException($"class namespace name '{name}' used as an lvalue");
        return kind is StorageKind.Cell or StorageKind.Free ? id + ".Value" : id;
    }

    private bool IsClassNamespaceName(string name, Node at) => Storage(name, at).Kind == StorageKind.ClassNamespace;

    private void StoreName(string name, string valueCode, Node at)
    {
        var (kind, id) = Storage(name, at);
        if (kind == StorageKind.ClassNamespace)
        {
            _w.Line($"{id}.Set({CsNames.StringLiteral(name)}, {valueCode});");
            return;
        }
        string lv = NameLvalue(name, at);
        _w.Line(AssignStatement(lv, valueCode));
    }

    /// <summary>Whether a name read here means the builtin (no local, no module global of that name; in a class
    /// body never: the namespace a metaclass prepared may bind it; in a module whose namespace is a dictionary never
    /// but for the builtins the compiler answers itself, since a key put there shadows one).</summary>
    private bool IsBuiltin(Name n) =>
        Storage(n.Id, n) is (StorageKind.Global, null) && BuiltinNames.All.Contains(n.Id) && !ReadsThroughClassNamespace(n.Id) && !SeesClassDict(n.Id)
        && (!_m.GlobalsInDict || n.Id is "super" or "globals" or "locals" or "vars" or "dir");

    /// <summary>A class body's read of a name it does not bind, which (LOAD_NAME, LOAD_CLASSDEREF) still looks in the
    /// class namespace first: a metaclass's <c>__prepare__</c> may have put it there.</summary>
    private bool ReadsThroughClassNamespace(string name) =>
        _scope.Kind == ScopeKind.Class && _scope.Lookup(name)?.Kind is not (SymbolKind.GlobalExplicit or SymbolKind.Local);

    /// <summary>Whether a name read here is the module global <paramref name="n"/> (not a local of any kind).</summary>
    private bool IsGlobal(Name n) => Storage(n.Id, n).Kind == StorageKind.Global && !SeesClassDict(n.Id);

    /// <summary>Whether the method is a PEP 695 annotation scope in a class body, which reads a name it does not
    /// bind from the class namespace first (<see cref="ClassDictView"/>): not its own names ('.'), never a builtin
    /// or a module function known at build time.</summary>
    private bool SeesClassDict(string name) =>
        _functionScope.Node is FunctionDef { SeesClassDict: true } && !name.StartsWith(".", StringComparison.Ordinal) && !InClassBodyOfMethod();

    /// <summary>Whether the current scope is (in) a class body run inline in the method (a generic class's body in its
    /// type parameters' scope), whose reads are the class body's own.</summary>
    private bool InClassBodyOfMethod()
    {
        for (var s = _scope; s != _functionScope; s = s.Parent!)
        {
            if (s.Kind == ScopeKind.Class)
                return true;
        }
        return false;
    }

    /// <summary>The class body the method (an annotation scope, <see cref="SeesClassDict"/>) is in.</summary>
    private Scope ClassOfAnnotationScope()
    {
        var s = _functionScope.Parent!;
        while (s.Node is FunctionDef { SeesClassDict: true })
            s = s.Parent!;
        return s;
    }

    private CsExpr LoadName(Name n)
    {
        string name = n.Id;
        // (the class namespace, given to the annotation scopes of a class body: TypeParameterScopes)
        if (name == TypeParameterScopes.ClassDictName && _scope.Kind == ScopeKind.Class)
            return CsExpr.Value($"PyValue.FromObject(new ClassDictView({_classNamespaces[_scope]}))");
        var (kind, id) = Storage(name, n);
        if (kind is StorageKind.Global or StorageKind.Free && SeesClassDict(name))
        {
            // symtable.c for a scope that can see the class's: a name the class declares global is the global; one it
            // binds is the class namespace's, else the global (LOAD_FROM_DICT_OR_GLOBALS); any other the class
            // namespace's, else what it is in the scope (LOAD_FROM_DICT_OR_DEREF for a free variable).
            var classSymbol = ClassOfAnnotationScope().Lookup(name);
            if (classSymbol?.Kind == SymbolKind.GlobalExplicit)
                return GlobalRead(n);
            string t = NewTemp();
            string classDict = LoadName(new Name { Id = TypeParameterScopes.ClassDictName, Lineno = n.Lineno, ColOffset = n.ColOffset }).Code;
            string then = kind == StorageKind.Free && classSymbol?.Kind != SymbolKind.Local
                ? $"Rt.Free({id}.Value, {CsNames.StringLiteral(name)})"
                : GlobalRead(n).Code;
            return CsExpr.Value($"(ClassDictView.TryGet({classDict}, {CsNames.StringLiteral(name)}, out {t}) ? {t} : {then})");
        }
        switch (kind)
        {
            case StorageKind.ClassNamespace:
            {
                // LOAD_NAME: the class body's own binding, else the global, else the builtin.
                string t = NewTemp();
                return CsExpr.Value($"({id}.TryGet({CsNames.StringLiteral(name)}, out {t}) ? {t} : {GlobalRead(n).Code})");
            }
            case not StorageKind.ClassNamespace when ReadsThroughClassNamespace(name) && name != "__class__":
            {
                string t = NewTemp();
                string outer = kind switch
                {
                    StorageKind.Cell => $"Rt.Local({id}.Value, {CsNames.StringLiteral(name)})",
                    StorageKind.Free => $"Rt.Free({id}.Value, {CsNames.StringLiteral(name)})",
                    StorageKind.Global => GlobalRead(n).Code,
                    _ => IsBoundRead(n) ? id! : $"Rt.Local({id}, {CsNames.StringLiteral(name)})",
                };
                return CsExpr.Value($"({_classNamespaces[_scope]}.TryGet({CsNames.StringLiteral(name)}, out {t}) ? {t} : {outer})");
            }
            case StorageKind.Local:
            case StorageKind.ComprehensionVariable:
                return IsBoundRead(n) ? CsExpr.Value(id!) : CsExpr.Value($"Rt.Local({id}, {CsNames.StringLiteral(name)})");
            case StorageKind.Cell:
                return CsExpr.Value($"Rt.Local({id}.Value, {CsNames.StringLiteral(name)})");
            case StorageKind.Free:
                return CsExpr.Value($"Rt.Free({id}.Value, {CsNames.StringLiteral(name)})");
        }
        return GlobalRead(n);
    }

    /// <summary>A read of the module global <paramref name="name"/>, falling back to the builtin of that name.</summary>
    private CsExpr GlobalRead(Name n)
    {
        string name = n.Id;
        string? id = _m.GlobalFields.TryGetValue(name, out var field) ? ModuleState.Global(field) : null;
        if (id is not null)
        {
            if (BuiltinNames.All.Contains(name))
                return CsExpr.Value($"Rt.GlobalOrBuiltin({id}, {_m.BuiltinRef(name)})");
            if (IsModule && IsBoundRead(n) && !_m.GloballyDeleted.Contains(name))
                return CsExpr.Value(id);
            return CsExpr.Value($"Rt.Global({id}, {CsNames.StringLiteral(name)})");
        }
        if (_m.GlobalsInDict && name == "globals")
            return CsExpr.Value("Rt.GlobalsBuiltin(Globals.Dict)");
        if (BuiltinNames.All.Contains(name))
        {
            return CsExpr.Value(_m.GlobalsInDict && !IsBuiltin(n)
                ? $"Rt.DictOrBuiltin(Globals.Dict, {CsNames.StringLiteral(name)}, {_m.BuiltinRef(name)})"
                : _m.BuiltinRef(name));
        }
        // Bound nowhere: the traceback's "Did you mean" is known now, from the scopes (as the analyzer's PY1001 has it).
        string hint = _m.NameErrorHints.For(_scope, name);
        return CsExpr.Value(hint.Length == 0
            ? $"Rt.UnboundGlobal(ModuleObject, {CsNames.StringLiteral(name)})"
            : $"Rt.UnboundGlobal(ModuleObject, {CsNames.StringLiteral(name)}, {CsNames.StringLiteral(hint)})");
    }
}
