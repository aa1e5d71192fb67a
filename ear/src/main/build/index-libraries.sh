#!/usr/bin/env bash
# Puts a Jandex index (META-INF/jandex.idx) into each library jar of the EAR (lib/), made by the Jandex WildFly itself
# reads them with, so the server reads each library's annotations at deployment instead of scanning every class in it
# (12,000 classes in lib/, a fifth of the deployment's CPU: benchmarks/rounds/second-start.md). The product's own jars
# are left to the server's scan: a test adds classes of its own to the EJB jar, and an index made before would hide
# those. A jar that already has an index keeps it.
#   index-libraries.sh EAR JANDEX_MODULE_DIR JAVA      (the server's module io.smallrye.jandex: its jar is the one)
set -euo pipefail
ear="$1"
jandex="$(ls "$2"/jandex-*.jar)"
java="$3"
jar="$(dirname "$java")/jar"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
# With the JDK's own jar tool (no unzip needed): the whole EAR, of which only lib/ is looked at.
"$jar" --extract --file "$ear"
libraries=()
for library in lib/*.jar; do
    case "$(basename "$library")" in safeguard-*) continue ;; esac
    libraries+=("$library")
done
# In one JVM (IndexLibraries.java, beside this script): each library without an index gets one, as
# "java org.jboss.jandex.Main -m LIBRARY" makes it; the ones indexed are printed.
indexed=()
if [ ${#libraries[@]} -gt 0 ]; then
    "$java" -cp "$jandex" "$here/IndexLibraries.java" "${libraries[@]}" >"$work/indexed"
    mapfile -t indexed <"$work/indexed"
fi
if [ ${#indexed[@]} -gt 0 ]; then
    "$jar" --update --file "$ear" "${indexed[@]}"
fi
echo "Jandex indexes added to ${#indexed[@]} libraries of $(basename "$ear")"
