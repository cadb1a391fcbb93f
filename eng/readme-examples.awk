# Turns every ```csharp block of README.md into compilable C#: each block that starts with using directives opens
# a new method (blocks without usings continue the previous one, as they do in the README's prose), and blocks
# that declare a type are placed at namespace level. The consumer project compiles the result against the packed
# library, so the README's examples cannot rot. Compiled only, never run: they name files users would have.
/^```csharp[[:space:]]*$/ { inblock = 1; n = 0; hasusing = 0; hastype = 0; next }
inblock && /^```[[:space:]]*$/ {
    inblock = 0
    if (hastype) {
        for (i = 1; i <= n; i++) if (lines[i] !~ /^using [A-Za-z.]+;/) types = types lines[i] "\n"
        next
    }
    if (hasusing || methods == "") {
        if (methods != "") methods = methods "    }\n\n"
        count++
        methods = methods "    public static async Task Example" count "()\n    {\n"
    }
    for (i = 1; i <= n; i++) if (lines[i] !~ /^using [A-Za-z.]+;/) methods = methods "        " lines[i] "\n"
    next
}
inblock {
    lines[++n] = $0
    if ($0 ~ /^using [A-Za-z.]+;/) { hasusing = 1; if (!($0 in seen)) { seen[$0] = 1; usings = usings $0 "\n" } }
    if ($0 ~ /^(public |internal |sealed |static |abstract )*(class|record|struct|interface) /) hastype = 1
    next
}
END {
    if (methods != "") methods = methods "    }\n"
    printf "// Generated from README.md by eng/readme-examples.awk.\n"
    printf "#pragma warning disable CS1998, CS0168, CS0219, CS8321\n"
    printf "%s\nnamespace ReadmeExamples;\n\npublic static class Examples\n{\n%s}\n\n%s", usings, methods, types
}
