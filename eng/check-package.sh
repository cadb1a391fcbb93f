#!/usr/bin/env bash
# Proves the packed libraries work for someone who only has the .nupkg files: builds and runs a consumer project
# outside the repository that references TradeStats, TradeStats.DuckDb and TradeStats.PostgreSql from a local folder feed (not project
# references), compiles every C# example of README.md against them, and inspects the packages' contents.
# Usage: eng/check-package.sh <folder with the TradeStats, TradeStats.DuckDb and TradeStats.PostgreSql .nupkg of <version>> <version>
set -euo pipefail
feed=$(cd "$1" && pwd)
version=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check_package() {
  local id=$1
  local nupkg="$feed/$id.$version.nupkg"
  test -f "$nupkg" || { echo "missing $nupkg" >&2; exit 1; }
  test -f "$feed/$id.$version.snupkg" || { echo "missing symbols package of $id" >&2; exit 1; }
  local listing nuspec required field
  listing=$(unzip -Z1 "$nupkg")
  echo "Package contents of $id:"
  sed 's/^/  /' <<<"$listing"
  for required in README.md LICENSE "lib/net10.0/$id.dll" "lib/net10.0/$id.xml" "$id.nuspec"; do
    grep -qx "$required" <<<"$listing" || { echo "$id lacks $required" >&2; exit 1; }
  done
  nuspec=$(unzip -p "$nupkg" "$id.nuspec")
  for field in '<license type="expression">MIT</license>' '<repository type="git"' '<readme>README.md</readme>' '<description>' '<tags>'; do
    grep -qF "$field" <<<"$nuspec" || { echo "$id's nuspec lacks $field" >&2; exit 1; }
  done
}
check_package TradeStats
for storage in TradeStats.DuckDb TradeStats.PostgreSql; do
  check_package "$storage"
  # A storage package depends on the core package of the same version, not on a project.
  unzip -p "$feed/$storage.$version.nupkg" "$storage.nuspec" | grep -q "<dependency id=\"TradeStats\" version=\"$version\"" \
    || { echo "$storage does not depend on TradeStats $version" >&2; exit 1; }
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
    <packageSource key="local"><package pattern="TradeStats" /><package pattern="TradeStats.DuckDb" /><package pattern="TradeStats.PostgreSql" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
# A private packages folder, so a stale TradeStats of the same version in the user's cache is never used.
dotnet run --project "$work/PackageConsumer.csproj" -c Release -p:TradeStatsVersion="$version" \
  --property:RestorePackagesPath="$work/packages"
