#!/usr/bin/env bash
# The production path from README, checked on a copy of this tree: dev dependencies pruned (as `npm ci --omit=dev`
# leaves them), built by `prepare`, then the bot starts, answers /healthz and stops on SIGTERM; the setup commands
# run without tsx. Loopback only: the feed list names one local closed port, no tokens are set, and the packages
# come from this tree's node_modules (hard links), so nothing is downloaded.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/claimwatch-prod-XXXXXX")"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
start=$(date +%s)

cd "$src"
git ls-files -z --cached | while IFS= read -r -d '' f; do
  [ -e "$f" ] && printf '%s\0' "$f"
done | xargs -0 cp --parents -t "$work"
# Hard links where the temporary folder shares the file system (fast); a plain copy otherwise.
modules="$(readlink -f node_modules)"
cp -al "$modules" "$work/node_modules" 2>/dev/null || { rm -rf "$work/node_modules"; cp -a "$modules" "$work/node_modules"; }
cd "$work"
npm prune --omit=dev --offline --no-audit --no-fund >/dev/null
for dev in tsx vitest fast-check csv-parse; do
  if [ -e "node_modules/$dev" ]; then echo "production check: $dev is still installed after pruning dev dependencies" >&2; exit 1; fi
done
npm run prepare --silent

# The setup commands, compiled, without tsx.
node bin/claimwatch.js --version >/dev/null
node bin/claimwatch.js slack manifest --socket --out - | grep -q '"command": "/claimwatch"'
node bin/claimwatch.js discord deploy --dry-run | grep -q '"name": "claims"'

port=$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
printf '<opml version="2.0"><body><outline type="rss" xmlUrl="http://127.0.0.1:%s/feed.xml"/></body></opml>\n' "$port" > feeds.opml
PORT="$port" HOST=127.0.0.1 METRICS_PORT=0 DATABASE_URL="file:$work/data/claimwatch.db" FEEDS_FILE="$work/feeds.opml" \
  FEEDS_ALLOW_HOSTS=127.0.0.1 POLL_CRON='0 0 1 1 *' LOG_LEVEL=warn node bin/claimwatch.js run > run.log 2>&1 &
pid=$!
health=""
for _ in $(seq 1 100); do
  health=$(node -e "fetch('http://127.0.0.1:$port/healthz').then(r=>r.text()).then(t=>console.log(t),()=>process.exit(1))" 2>/dev/null) && break
  if ! kill -0 "$pid" 2>/dev/null; then echo "production check: the bot exited before answering /healthz:" >&2; cat run.log >&2; exit 1; fi
  sleep 0.2
done
case "$health" in *'"status":"ok"'*) ;; *) echo "production check: /healthz did not answer ok: $health" >&2; cat run.log >&2; exit 1;; esac
kill -TERM "$pid"
code=0
wait "$pid" || code=$?
pid=""
if [ "$code" -ne 0 ]; then echo "production check: the bot exited with $code on SIGTERM" >&2; cat run.log >&2; exit 1; fi
echo "ci: production install (dev dependencies pruned) builds, starts, answers /healthz and stops cleanly in $(( $(date +%s) - start ))s"
