#!/usr/bin/env bash
# Times the training completions import with a learning-system export of 10,000 rows (1% of them bad), against a
# running Postwatch in demo mode: first import (every good row new), then the same file again (every row already
# recorded). Usage: bench/training-import/run.sh [base-url] [rows]   (default http://localhost:8080 10000)
set -euo pipefail
base=${1:-http://localhost:8080}
rows=${2:-10000}
credentials=${POSTWATCH_DEMO_CREDENTIALS:-data/demo-credentials.txt}
token_of() { awk -F'\t' -v u="$1" '$3==u {print $5}' "$credentials"; }
admin=$(token_of glo.admin)
trainer=$(token_of glo.training)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

curl -sf -H "Authorization: Bearer $admin" "$base/api/v1/staff?status=ACTIVE" > "$work/staff.json"
python3 - "$work/staff.json" "$rows" > "$work/export.csv" <<'PY'
import datetime, json, sys
staff = [s["email"] for s in json.load(open(sys.argv[1]))]
rows = int(sys.argv[2])
courses = ["SMF", "DPA", "MLC", "OPSEC", "CH-X", "CH-FACEBOOK", "CH-INSTAGRAM", "CH-YOUTUBE", "CH-TIKTOK",
           "CH-THREADS", "CH-BLUESKY", "CH-MASTODON", "CH-NEXTDOOR", "CH-SANDBOX"]
start = datetime.date(2024, 1, 1)
print("Email,Course Code,Completed On")
for i in range(rows):
    if i % 100 == 99:
        print(f"someone.else{i}@example.org,SMF,{start}")
        continue
    combo = i // len(staff)
    day = start + datetime.timedelta(days=combo // len(courses))
    print(f"{staff[i % len(staff)]},{courses[combo % len(courses)]},{day.strftime('%d/%m/%Y')}")
PY
echo "rows in file: $(($(wc -l < "$work/export.csv") - 1)) for $(python3 -c "import json,sys;print(len(json.load(open('$work/staff.json'))))" ) people"
for run in first again; do
  start=$(date +%s.%N)
  summary=$(curl -sf -H "Authorization: Bearer $trainer" -H "Content-Type: text/csv" --data-binary @"$work/export.csv" \
      "$base/api/v1/training/completions/import" \
      | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["rows"], "rows:", r["recorded"], "recorded,", r["alreadyRecorded"], "already recorded,", r["rejected"], "rejected")')
  end=$(date +%s.%N)
  printf '%-6s %s in %.2f s\n' "$run" "$summary" "$(echo "$end - $start" | bc)"
done
