#!/usr/bin/env bash
# How fast the pages answer on a running platform (the shipped data loaded): each page five times,
# signed in through the sign-in form as a person is, and the public overview without signing in.
#   bench/run-page-timings.sh [BASE_URL] [USER] [PASSWORD]
set -euo pipefail
base="${1:-http://localhost:8080}"
user="${2:-admin}"
password="${3:-${LONGYUAN_ADMIN_PASSWORD:-}}"
plan="gansu-13fyp-industry"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$user" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
time_page() {
  local name="$1" url="$2" auth="$3"
  printf '%-28s' "$name"
  for _ in 1 2 3 4 5; do
    if [ "$auth" = yes ]; then
      curl -s -b "$jar" -o /dev/null -w ' %{http_code}:%{time_total}s' "$base$url"
    else
      curl -s -o /dev/null -w ' %{http_code}:%{time_total}s' "$base$url"
    fi
  done
  echo
}
time_page "overview (监测总览)" "/monitoring/$plan" yes
time_page "assessment page" "/plans/$plan/assessment?year=2020" yes
time_page "public overview" "/public/monitoring/$plan" no
time_page "plan page" "/plans/$plan" no
time_page "indicator I01 (with months)" "/monitoring/$plan/indicators/I01" yes
time_page "target T-2.3.1-01" "/monitoring/$plan/targets/T-2.3.1-01" yes
time_page "public indicator I08" "/public/monitoring/$plan/indicators/I08" no
time_page "region 620100" "/monitoring/$plan/regions/620100" yes
time_page "sector nonferrous" "/monitoring/$plan/sectors/nonferrous" yes
time_page "chain jinchang" "/monitoring/$plan/places/jinchang-coal-power-metal" yes
