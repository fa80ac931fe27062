# Live updates, sourced by run.sh (uses its helpers and counters): articles dropped into a
# watched folder appear, the selection stays, Ctrl-Z / fg, `sitrep watch`, `sitrep -`, and the
# same dashboard over a real SSH connection to localhost with the bytes it writes counted.

# article FILE DATE TITLE SENTENCE: writes one small invented article.
article() {
    printf 'Title: %s\nDate: %s\n\n%s\n' "$3" "$2" "$4" > "$1"
}
# now_ms: the clock in milliseconds.
now_ms() { date +%s%3N; }
# selected_line: the Timeline row with the selection marker.
selected_line() { screen | grep -m1 "›" | cut -c1-60; }
# bytes_of FILE: its size, 0 when absent.
bytes_of() { stat -c %s "$1" 2>/dev/null || echo 0; }

live_folder() {  # live_folder DIR: three articles to start from
    mkdir -p "$1"
    article "$1/one.txt" 2026-05-04 "Ferry halted" "The ferry between Orsova and Drobeta stopped on Monday after the river rose."
    article "$1/two.txt" 2026-05-05 "Levee checked" "Engineers inspected the levee at Kladovo on Tuesday and found it sound."
    article "$1/three.txt" 2026-05-06 "School closed" "The primary school in Negotin closed on Wednesday as a precaution."
}

echo "live: a watched folder"
live_folder "$work/live"
start 110 30 xterm-256color "$work/live"
expect_screen "opens on the watched folder" "3 documents"
tm send-keys -t e2e j
sleep 0.3
before=$(selected_line)
t0=$(now_ms)
article "$work/live/four.txt" 2026-05-03 "Barges wait" "Barges waited below the Iron Gates on Sunday for the water to fall."
if wait_for "Barges waited" 5; then
    pass "a new article appears on the timeline ($(( $(now_ms) - t0 )) ms after it was written)"
else
    fail "a new article appears on the timeline" "$(screen)"
fi
expect_screen "the status bar counts it as new" "new since you looked"
after=$(selected_line)
if [ "$before" = "$after" ]; then pass "the selection stays on its entry"; else fail "the selection moved: '$before' -> '$after'" "$(screen)"; fi
printf 'Title: Ferry back\nDate: 2026-05-04\n\nThe ferry between Orsova and Drobeta resumed on Monday evening.\n' > "$work/one.tmp"
mv "$work/one.tmp" "$work/live/one.txt"
expect_screen "an atomic replace (write, then rename) shows the new text" "Drobeta resum"
reject_screen "and drops the old text" "stopped on Monday"
rm "$work/live/three.txt"
reject_screen "a deleted article leaves the timeline" "primary school"
mkdir -p "$work/burst"
for i in $(seq 1 300); do
    article "$work/burst/b$i.txt" 2026-05-0$((i % 9 + 1)) "Burst $i" "Crews in Vidin cleared debris number $i on Friday."
done
mv "$work/burst"/* "$work/live/"
tm resize-window -t e2e -x 90 -y 26; sleep 0.2; tm resize-window -t e2e -x 110 -y 30
expect_screen "a burst of 300 articles all arrive, resized in the middle" "303 documents"
mv "$work/live" "$work/live.away"
expect_screen "a watched folder that disappears empties the dashboard" "0 documents"
mv "$work/live.away" "$work/live"
expect_screen "and fills it again when it comes back" "303 documents"
tm send-keys -t e2e N
expect_screen "N jumps to the newest and clears the count" "Newest:"
tm send-keys -t e2e q
expect_screen "quits after live updates with status 0" "SITREP-EXIT=0"

echo "live: Ctrl-Z and fg"
fresh_server
tm -f /dev/null new-session -d -s e2e -x 100 -y 30 "env TERM=xterm-256color LANG=C.UTF-8 PS1='shell\$ ' bash --norc -i"
sleep 0.3
tm send-keys -t e2e "$bin $work/live" Enter
expect_screen "the dashboard runs under a shell" "documents"
tm send-keys -t e2e C-z
expect_screen "Ctrl-Z gives the shell back" "shell\$"
reject_screen "and leaves no dashboard on screen" "Regions"
tm send-keys -t e2e "fg" Enter
expect_screen "fg brings the dashboard back" "Regions"
tm send-keys -t e2e q
expect_screen "and it quits to the shell" "shell\$"

echo "live: sitrep watch and sitrep -"
"$bin" watch --format jsonl "$work/live" > "$work/watch.jsonl" 2>"$work/watch.err" &
watcher=$!
# The summary line on stderr says the first read is done: what comes after it is news.
for _ in $(seq 1 100); do grep -q "sitrep watch:" "$work/watch.err" 2>/dev/null && break; sleep 0.1; done
article "$work/live/five.txt" 2026-05-07 "Bridge reopened" "The bridge at Calafat reopened to cars on Thursday."
for _ in $(seq 1 50); do grep -q "Calafat" "$work/watch.jsonl" 2>/dev/null && break; sleep 0.1; done
kill "$watcher" 2>/dev/null; wait "$watcher" 2>/dev/null
if python3 - "$work/watch.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert any(r["type"] == "event" and r["status"] == "new" and "Calafat" in r["summary"] for r in rows), rows
assert any(r["type"] == "place" and r["name"] == "Calafat" for r in rows), rows
PY
then pass "sitrep watch prints the new event and place as JSON Lines"; else fail "sitrep watch" "$(cat "$work/watch.jsonl" "$work/watch.err")"; fi
: > "$work/feed.jsonl"
start 100 30 xterm-256color --follow "$work/feed.jsonl"
expect_screen "--follow opens on an empty feed" "0 documents"
printf '{"id":"feed-1","text":"Rescuers reached the village of Rast on Saturday.","date":"2026-05-09"}\n' >> "$work/feed.jsonl"
expect_screen "a line appended to the followed file appears" "Rescuers reached"
printf '{"id":"feed-2","text":"Half a line' >> "$work/feed.jsonl"
reject_screen "a half-written line waits" "Half a line"
printf ' and the rest arrived on Sunday.","date":"2026-05-10"}\n' >> "$work/feed.jsonl"
expect_screen "and shows once its newline comes" "Half a line and the rest"
tm send-keys -t e2e q
fresh_server
tm -f /dev/null new-session -d -s e2e -x 100 -y 30 \
    "tail -n +1 -f $work/feed.jsonl | env TERM=xterm-256color LANG=C.UTF-8 $bin -; echo SITREP-EXIT=\$?; sleep 60"
expect_screen "sitrep - reads the stream and takes keys from the terminal" "2 documents"
printf '{"id":"feed-3","text":"The army flew supplies to Cetate on Monday.","date":"2026-05-11"}\n' >> "$work/feed.jsonl"
expect_screen "a line arriving on standard input appears" "flew supplies"
tm send-keys -t e2e q
expect_screen "q quits the stream dashboard" "SITREP-EXIT=0"

source "$here/ssh.sh"
