using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace TradeStats.Tests.Api;

/// <summary>
/// The public surface of the package, written from reflection and compared with the checked-in baseline
/// PublicApi.approved.txt, so that every API change is deliberate and visible in review. To accept a change,
/// run the tests with TRADESTATS_UPDATE_API=1 (or copy the written PublicApi.received.txt over the baseline).
/// </summary>
public class PublicApiTest
{
    [Fact]
    public void Public_api_matches_the_approved_baseline()
    {
        var actual = Describe(typeof(Money).Assembly);
        var approvedPath = Path.Combine(SourceDirectory(), "PublicApi.approved.txt");
        var receivedPath = Path.Combine(SourceDirectory(), "PublicApi.received.txt");
        if (Environment.GetEnvironmentVariable("TRADESTATS_UPDATE_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != actual)
        {
            File.WriteAllText(receivedPath, actual);
            var diff = FirstDifference(approved, actual);
            Assert.Fail($"The public API changed. First difference: {diff}. Review {receivedPath} and, if intended, copy it over {approvedPath} (or run with TRADESTATS_UPDATE_API=1).");
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }

    [Fact]
    public void The_description_lists_members_and_changes_when_they_do()
    {
        var text = Describe(typeof(Money).Assembly);
        Assert.Contains("public readonly struct TradeStats.Money", text, StringComparison.Ordinal);
        Assert.Contains("  method TradeStats.Money Round()", text, StringComparison.Ordinal);
        Assert.DoesNotContain("StartIndex", text, StringComparison.Ordinal); // internal members stay out
    }

    internal static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(TypeHeader(type)).Append('\n');
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(Flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } || m.Name.StartsWith("op_", StringComparison.Ordinal))
                .Where(m => !IsCompilerGenerated(m))
                .Select(Member)
                .Where(s => s.Length > 0)
                .OrderBy(s => s, StringComparer.Ordinal);
            foreach (var m in members)
            {
                sb.Append("  ").Append(m).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static bool IsCompilerGenerated(MemberInfo m) =>
        m.GetCustomAttribute<CompilerGeneratedAttribute>() is not null && m.Name is "<Clone>$" or "EqualityContract";

    private static string TypeHeader(Type t)
    {
        var kind = t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? (t.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct")
            : t.IsAbstract && t.IsSealed ? "static class" : t.IsSealed ? "sealed class" : t.IsAbstract ? "abstract class" : "class";
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(t.GetInterfaces().Select(Name).OrderBy(n => n, StringComparer.Ordinal));
        return $"public {kind} {Name(t)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static string Member(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Parameters(c.GetParameters())})",
        MethodInfo mi => $"{(mi.IsStatic ? "static " : string.Empty)}method {Name(mi.ReturnType)} {mi.Name}{Generic(mi)}({Parameters(mi.GetParameters())})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}property {Name(p.PropertyType)} {p.Name} {{{(p.GetMethod?.IsPublic == true ? " get;" : string.Empty)}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(x => x.Name == "IsExternalInit") ? " init;" : " set;") : string.Empty)} }}",
        FieldInfo f when f.DeclaringType!.IsEnum => f.IsSpecialName ? string.Empty : $"value {f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}",
        FieldInfo f => $"{(f.IsLiteral ? "const" : f.IsStatic ? "static readonly" : f.IsInitOnly ? "readonly" : string.Empty)} field {Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type nested => $"nested {Name(nested)}",
        _ => m.ToString() ?? string.Empty,
    };

    private static string Generic(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(ParameterInfo[] ps) =>
        string.Join(", ", ps.Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)}{(p.GetCustomAttribute<ParamArrayAttribute>() is not null ? "params " : string.Empty)}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue?.ToString() ?? "null") : string.Empty)}"));

    private static string Name(Type t)
    {
        if (t.IsByRef)
        {
            return Name(t.GetElementType()!);
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(t) is { } u)
        {
            return Name(u) + "?";
        }

        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        var name = t.FullName ?? $"{t.Namespace}.{t.Name}";
        if (t.IsGenericType)
        {
            var def = t.GetGenericTypeDefinition();
            var baseName = (def.FullName ?? def.Name).Split('`')[0];
            return $"{baseName}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>";
        }

        return name.Replace('+', '.');
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "(end)";
            var al = i < a.Length ? a[i] : "(end)";
            if (el != al)
            {
                return $"line {i + 1}: approved '{el}', actual '{al}'";
            }
        }

        return "none";
    }

    // The test's own folder in the source tree, found from the test assembly's location: CallerFilePath is mapped to
    // "/_/" in CI (deterministic builds), so it cannot be used to find the file.
    private static string SourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TradeStats.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "TradeStats.Tests", "Api");
            }
        }

        throw new InvalidOperationException($"TradeStats.sln not found above {AppContext.BaseDirectory}.");
    }
}
