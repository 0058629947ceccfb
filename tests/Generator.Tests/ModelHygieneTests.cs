using System;
using System.Linq;
using System.Reflection;
using PyAot.Generator.Model;
using Xunit;

namespace PyAot.Generator.Tests;

/// <summary>
/// Pipeline models must be plain, value-equatable data: nothing from a Compilation (symbols, syntax nodes,
/// the compilation itself) may be reachable from them, or the generator's cache holds the world alive
/// and never hits.
/// </summary>
public sealed class ModelHygieneTests
{
    [Fact]
    public void ModelsHoldOnlyEquatableData()
    {
        var models = typeof(LoweredModule).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(LoweredModule).Namespace && !t.IsGenericTypeDefinition)
            .ToList();
        Assert.Contains(typeof(ModuleInput), models);
        foreach (var model in models)
        {
            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.DeclaringType != model)
                    continue;
                Assert.True(IsPlainData(property.PropertyType), $"{model.Name}.{property.Name} is a {property.PropertyType}");
            }
        }
    }

    private static bool IsPlainData(Type type)
    {
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum)
            return true;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            return IsPlainData(type.GetGenericArguments()[0]);
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return IsPlainData(underlying);
        // Another model record of ours, itself checked by the loop above.
        return type.Namespace == typeof(LoweredModule).Namespace && type.GetMethod("Equals", new[] { type }) is not null;
    }
}
