using System.Reflection;

namespace TradeStats.Tests.Infrastructure;

/// <summary>Checks that Equals, GetHashCode, == and != agree, in the manner of NodaTime's TestHelper.</summary>
public static class EqualityAssert
{
    /// <summary>Asserts that two values are equal by every route and hash alike.</summary>
    public static void Equal<T>(T left, T right)
        where T : IEquatable<T>
    {
        Assert.True(left.Equals(right), $"{left}.Equals({right})");
        Assert.True(right.Equals(left), $"{right}.Equals({left})");
        Assert.True(left.Equals((object?)right), $"{left}.Equals((object){right})");
        Assert.True(Operator<T>("op_Equality", left, right), $"{left} == {right}");
        Assert.False(Operator<T>("op_Inequality", left, right), $"{left} != {right}");
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    /// <summary>Asserts that two values are unequal by every route.</summary>
    public static void NotEqual<T>(T left, T right)
        where T : IEquatable<T>
    {
        Assert.False(left.Equals(right), $"{left}.Equals({right})");
        Assert.False(right.Equals(left), $"{right}.Equals({left})");
        Assert.False(left.Equals((object?)right), $"{left}.Equals((object){right})");
        Assert.False(Operator<T>("op_Equality", left, right), $"{left} == {right}");
        Assert.True(Operator<T>("op_Inequality", left, right), $"{left} != {right}");
    }

    private static bool Operator<T>(string name, T left, T right)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)])
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no {name} operator.");
        return (bool)method.Invoke(null, [left, right])!;
    }
}
