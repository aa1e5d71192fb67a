#!/usr/bin/env bash
# What one committed write costs: H2 with its defaults, H2 written at commit, the run command's durable H2, and
# PostgreSQL when SAFEGUARD_TEST_PG_URL, _USER and _PASSWORD name one (as .ci/run sets them). Single connection,
# autocommit; prints the median and p99 per commit.
#
#   benchmarks/commits.sh            (5,000 commits each after as many to warm up; -Dcommits=N on JAVA_OPTS changes it)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
mvn -B -q install -N
mvn -B -q install -DskipTests -pl jdbc
REPO="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
H2_VERSION="$(version h2.version)"
PG_VERSION="$(version postgresql.version)"
CP="jdbc/target/classes:$REPO/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar:$REPO/org/postgresql/postgresql/$PG_VERSION/postgresql-$PG_VERSION.jar"
java ${JAVA_OPTS:-} -cp "$CP" benchmarks/CommitLatency.java
