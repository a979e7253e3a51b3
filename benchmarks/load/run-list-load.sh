#!/usr/bin/env bash
# Load test of the task list and search API (wrk, 32 connections, loopback only).
#   benchmarks/load/run-list-load.sh [BASE_URL] [USERNAME] [SECONDS]
# Needs a running dondoc with tasks (see generate-tasks.sql) and Debian's wrk.
set -euo pipefail
BASE=${1:-http://localhost:8080}
USER_NAME=${2:-stc.chuyenvien}
SECONDS_=${3:-20}
PASSWORD=${DONDOC_PASSWORD:-dondoc2026}
case "$BASE" in http://localhost*|http://127.*) ;; *) echo "only loopback targets" >&2; exit 2 ;; esac
TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d "{\"username\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/tokens" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
AUTH="Authorization: Bearer $TOKEN"
echo "== $USER_NAME: open assignments of the agency (page 1 of 50, with bucket counts)"
wrk -t2 -c32 -d"${SECONDS_}s" --latency -H "$AUTH" "$BASE/api/v1/tasks?state=IN_PROGRESS&size=50" | sed -n '1,20p'
echo "== $USER_NAME: overdue bucket"
wrk -t2 -c32 -d"${SECONDS_}s" --latency -H "$AUTH" "$BASE/api/v1/tasks?timeliness=OVERDUE&size=50" | sed -n '1,20p'
echo "== $USER_NAME: search without diacritics"
wrk -t2 -c32 -d"${SECONDS_}s" --latency -H "$AUTH" "$BASE/api/v1/tasks?q=chuyen%20doi%20so&size=20" | sed -n '1,20p'
