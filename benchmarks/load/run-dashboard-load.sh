#!/usr/bin/env bash
# Load test of the dashboard and the task lists at province scale (issue 10), with Debian's wrk, loopback only.
#   benchmarks/load/run-dashboard-load.sh BASE USER PASSWORD [SECONDS] [AGENCY_ID]
#     BASE       e.g. http://127.0.0.1:8095 (localhost / 127.x / [::1] only)
#     USER       a secretariat (or admin) account: it sees every agency
#     SECONDS    length of each measured run, default 20
#     AGENCY_ID  the agency of run (d); default: the agency with code $AGENCY_CODE (QNG-SO-TAI-CHINH, the
#                biggest one in generate-province.sql's data)
# Environment: PID_FILE (the java process, for its RSS; else the process listening on BASE's port),
#   WARMUP (seconds of unmeasured load before each run, default 10), ONLY (e.g. "cd": run just those),
#   TIMEOUT (seconds before wrk counts a request as timed out, default 10), RAW=1 (print wrk's own output too).
# Runs: (a) GET /api/v1/dashboard?scope=all, 8 connections; (b) the dashboard page GET / with a session,
#   8 connections; (c) the secretariat's unfiltered task list, page 1 with counts, 32 connections; (d) one
#   agency's task list, 32 connections. A run whose endpoint does not answer 200 is reported and skipped.
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,14p' "$0" >&2
  exit 2
fi
BASE=${1%/}
USER_NAME=$2
PASSWORD=$3
SECONDS_=${4:-20}
AGENCY=${5:-${AGENCY:-}}
AGENCY_CODE=${AGENCY_CODE:-QNG-SO-TAI-CHINH}
WARMUP=${WARMUP:-10}
TIMEOUT=${TIMEOUT:-10}
ONLY=${ONLY:-abcd}
if ! [[ $BASE =~ ^http://(localhost|127\.[0-9]+\.[0-9]+\.[0-9]+|\[::1\])(:([0-9]+))?$ ]]; then
  echo "only loopback targets: http://localhost:PORT, http://127.0.0.1:PORT or http://[::1]:PORT" >&2
  exit 2
fi
PORT=${BASH_REMATCH[3]:-80}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
case $SECONDS_ in ''|*[!0-9]*) echo "SECONDS must be a whole number" >&2; exit 2 ;; esac
[ "$SECONDS_" -le 120 ] || { echo "SECONDS at most 120 (keep runs bounded)" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# the java process, for its RSS
PID=
if [ -n "${PID_FILE:-}" ] && [ -r "$PID_FILE" ]; then
  PID=$(tr -dc 0-9 < "$PID_FILE")
elif command -v ss >/dev/null; then
  PID=$(ss -Hltnp "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
fi
if [ -z "$PID" ] && [ "$(pgrep -fc dondoc.jar || true)" = 1 ]; then
  PID=$(pgrep -f dondoc.jar)
fi
rss() {
  if [ -n "$PID" ] && [ -r "/proc/$PID/status" ]; then
    awk '/^VmRSS/ {r = $2} /^VmHWM/ {h = $2} END {printf "java RSS %d MiB (peak %d MiB)", r / 1024, h / 1024}' "/proc/$PID/status"
  else
    printf 'java RSS unknown (set PID_FILE)'
  fi
}

# an API token
BODY=$(USER_NAME=$USER_NAME PASSWORD=$PASSWORD python3 -c \
  'import json, os; print(json.dumps({"username": os.environ["USER_NAME"], "password": os.environ["PASSWORD"], "name": "dashboard load test"}))')
TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' -d "$BODY" "$BASE/api/v1/auth/tokens" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])') || { echo "no token for $USER_NAME" >&2; exit 1; }
AUTH="Authorization: Bearer $TOKEN"

# pages take no bearer token (the web UI is form login with a session and CSRF): log in like a browser
JAR=$WORK/cookies
LOGIN_PAGE=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/login")
CSRF=$(printf '%s' "$LOGIN_PAGE" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/' || true)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login"
COOKIE="Cookie: $(awk -F'\t' 'NF >= 7 && $1 !~ /^# / {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$JAR")"

if [ -z "$AGENCY" ] && [[ $ONLY == *d* ]]; then
  AGENCY=$(curl -sf -H "$AUTH" "$BASE/api/v1/agencies" | AGENCY_CODE=$AGENCY_CODE python3 -c \
    'import json, os, sys; print(next((str(a["id"]) for a in json.load(sys.stdin) if a["code"] == os.environ["AGENCY_CODE"]), ""))' || true)
  [ -n "$AGENCY" ] || { echo "no agency with code $AGENCY_CODE: give AGENCY_ID" >&2; exit 1; }
fi

# one wrk run: label, connections, header, path
run() {
  local label=$1 conns=$2 header=$3 path=$4 status out
  status=$(curl -s -o "$WORK/body" -w '%{http_code}' -H "$header" "$BASE$path")
  if [ "$status" != 200 ]; then
    printf '%-44s HTTP %s on %s: skipped\n' "$label" "$status" "$path"
    return 0
  fi
  if [ "$WARMUP" -gt 0 ]; then
    wrk -t2 -c"$conns" -d"${WARMUP}s" --timeout "${TIMEOUT}s" -H "$header" "$BASE$path" >/dev/null
  fi
  out=$(wrk -t2 -c"$conns" -d"${SECONDS_}s" --timeout "${TIMEOUT}s" --latency -H "$header" "$BASE$path")
  [ -z "${RAW:-}" ] || printf '%s\n' "$out"
  printf '%s\n' "$out" | awk -v label="$label" -v conns="$conns" -v t="$TIMEOUT" -v rss="$(rss)" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /requests in/ { n = $1 } /Non-2xx/ { bad = $NF } /Socket errors/ { gsub(/,/, ""); to = $NF; err = $0 }
    END {
      lat = p99 > 0 ? sprintf("p50 %7.1f ms  p99 %7.1f ms", p50, p99) : sprintf("p50 %10s  p99 %10s", "n/a", "n/a")
      printf "%-44s %3d conn  %8.1f req/s  %s  %s%s%s\n", label, conns, rps, lat, rss,
             bad ? "  NON-2XX: " bad : "", err ? "  (" (to ? to " timed out after " t " s; " : "") "socket errors)" : ""
    }'
}

echo "== $BASE as $USER_NAME, ${SECONDS_}s per run after ${WARMUP}s warm-up; $(uptime | sed 's/.*load/load/')"
echo "   $(rss) before"
[[ $ONLY != *a* ]] || run "(a) dashboard API, scope=all" 8 "$AUTH" "/api/v1/dashboard?scope=all"
if [[ $ONLY == *b* ]]; then
  if curl -s -o /dev/null -w '%{redirect_url}' -H "$COOKIE" "$BASE/" | grep -q '/login'; then
    echo "(b) dashboard page                           login failed (no session): skipped"
  else
    run "(b) dashboard page /" 8 "$COOKIE" "/"
  fi
fi
[[ $ONLY != *c* ]] || run "(c) task list, all agencies, page 1" 32 "$AUTH" "/api/v1/tasks?page=0&size=50"
[[ $ONLY != *d* ]] || run "(d) task list of agency $AGENCY, page 1" 32 "$AUTH" "/api/v1/tasks?agency=$AGENCY&page=0&size=50"
echo "   $(rss) after; $(uptime | sed 's/.*load/load/')"
