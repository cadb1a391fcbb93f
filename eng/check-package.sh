#!/usr/bin/env bash
# Proves the packed library works for someone who only has the .nupkg: builds and runs a consumer project
# outside the repository that references TradeStats from a local folder feed (not a project reference),
# compiles every C# example of README.md against it, and inspects the package's contents.
# Usage: eng/check-package.sh <folder with TradeStats.<version>.nupkg> <version>
set -euo pipefail
feed=$(cd "$1" && pwd)
version=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

nupkg="$feed/TradeStats.$version.nupkg"
test -f "$nupkg" || { echo "missing $nupkg" >&2; exit 1; }
test -f "$feed/TradeStats.$version.snupkg" || { echo "missing symbols package" >&2; exit 1; }

listing=$(unzip -Z1 "$nupkg")
echo "Package contents:"
sed 's/^/  /' <<<"$listing"
for required in README.md LICENSE lib/net10.0/TradeStats.dll lib/net10.0/TradeStats.xml TradeStats.nuspec; do
  grep -qx "$required" <<<"$listing" || { echo "package lacks $required" >&2; exit 1; }
done
nuspec=$(unzip -p "$nupkg" TradeStats.nuspec)
for field in '<license type="expression">MIT</license>' '<repository type="git"' '<readme>README.md</readme>' '<description>' '<tags>'; do
  grep -qF "$field" <<<"$nuspec" || { echo "nuspec lacks $field" >&2; exit 1; }
done

cp "$here/package-consumer/"* "$work/"
# The README's C# examples, compiled against the package too.
awk -f "$here/readme-examples.awk" "$here/../README.md" > "$work/ReadmeExamples.cs"
grep -q 'Task Example1()' "$work/ReadmeExamples.cs" || { echo "no C# example found in README.md" >&2; exit 1; }
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="TradeStats" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
# A private packages folder, so a stale TradeStats of the same version in the user's cache is never used.
dotnet run --project "$work/PackageConsumer.csproj" -c Release -p:TradeStatsVersion="$version" \
  --property:RestorePackagesPath="$work/packages"
