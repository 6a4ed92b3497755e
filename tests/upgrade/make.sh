#!/usr/bin/env bash
# Makes the databases of the previous release that tests/it/migrations.rs upgrades: the
# demo laid out around 2026-11-25 by the v0.1.0 binary itself, as a SQLite file and as a
# PostgreSQL dump (plain SQL, INSERTs, so that the test loads it without psql). Run from a
# checkout with the tag: tests/upgrade/make.sh v0.1.0
set -euo pipefail
tag="${1:?usage: make.sh TAG}"
here="$(cd "$(dirname "$0")" && pwd)"
pg="${PG_URL:-postgres://postgres@127.0.0.1:5432/test}"
work="$(mktemp -d)"
git -C "$here" worktree add -q "$work/src" "$tag"
(cd "$work/src" && CARGO_TARGET_DIR="$work/target" cargo build --locked --bin duban)
bin="$work/target/debug/duban"
(cd "$work" && DUBAN_DATABASE_URL="sqlite://$work/old.db" "$bin" seed --demo --anchor 2026-11-25 >/dev/null)
cp "$work/old.db" "$here/$tag.sqlite"
db="duban_make_$$"
psql "$pg" -qc "CREATE DATABASE $db"
url="${pg%/*}/$db"
DUBAN_DATABASE_URL="$url" "$bin" seed --demo --anchor 2026-11-25 >/dev/null
# psql's \restrict lines (pg_dump since 15.14) are no SQL: the test loads the dump as SQL.
pg_dump --no-owner --no-privileges --inserts "$url" | sed '/^\\\(un\)\{0,1\}restrict /d' \
    > "$here/$tag-postgres.sql"
psql "$pg" -qc "DROP DATABASE $db"
git -C "$here" worktree remove --force "$work/src"
rm -rf "$work"
