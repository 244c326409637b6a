#!/usr/bin/env bash
# Lists at the database's speed (docs/benchmarks.md): the scoped people and household lists of the county
# administrator, as JSON and as pages, side by side with /actuator/health in one run, with wrk.
#
#   ./mvnw spring-boot:run                      # in another terminal (or any running Bastion with the demo data)
#   BASTION_DEMO_PASSWORD=… scripts/benchmark-lists.sh [http://localhost:8080]
#
# Needs curl and wrk (apt-get install -y wrk). DURATION (default 20s) and CONNECTIONS (default 20) may be set.
set -euo pipefail
BASE=${1:-http://localhost:8080}
USER_NAME=${BENCH_USER:-county-admin}
PASSWORD=${BASTION_DEMO_PASSWORD:?set BASTION_DEMO_PASSWORD to the demo users\' password}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-20}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

token=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d "{\"username\":\"$USER_NAME\",\"password\":\"$PASSWORD\",\"name\":\"benchmark\"}" "$BASE/api/v1/auth/tokens" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
csrf=$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
[ -n "$token" ] && [ -n "$session" ] || { echo "could not sign in as $USER_NAME" >&2; exit 1; }

declare -A header=(
  [health]=""
  [api]="Authorization: Bearer $token"
  [people]="Cookie: JSESSIONID=$session"
  [people50]="Cookie: JSESSIONID=$session"
  [households]="Cookie: JSESSIONID=$session"
)
declare -A path=(
  [health]="/actuator/health"
  [api]="/api/v1/people?size=20"
  [people]="/people"
  [people50]="/people?page=50"
  [households]="/households"
)
order=(health api people people50 households)

for k in "${order[@]}"; do   # warm up: compiled code, the kept totals, the template cache
  for _ in 1 2 3; do curl -sf -o /dev/null ${header[$k]:+-H "${header[$k]}"} "$BASE${path[$k]}"; done
done

printf '%-28s %10s %10s %10s %10s\n' "GET" "req/s" "p50" "p99" "of health"
health=""
for k in "${order[@]}"; do
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency ${header[$k]:+-H "${header[$k]}"} "$BASE${path[$k]}")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")
  [ -z "$health" ] && health=$rps
  share=$(awk -v a="$rps" -v b="$health" 'BEGIN {printf "%.0f %%", 100 * a / b}')
  printf '%-28s %10s %10s %10s %10s\n' "${path[$k]}" "$rps" "$p50" "$p99" "$share"
  [ -n "$errors" ] && echo "    $errors"
done
echo "($CONNECTIONS connections, $DURATION each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
