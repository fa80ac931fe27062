#!/usr/bin/env bash
# End-to-end tests: the built `sitrep` binary driven in tmux (send-keys, capture-pane) at
# several sizes and TERM values, plus the command-line contract of `sitrep extract`.
# usage: Tests/EndToEnd/run.sh [PATH-TO-SITREP]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$(cd "$root" && swift build --show-bin-path)/sitrep}
[ -x "$bin" ] || { echo "e2e: no sitrep binary at $bin"; exit 2; }
export LANG=C.UTF-8 LC_ALL=C.UTF-8
source "$here/lib.sh"

dashboard_story() {  # the user story: open the demo, look around, leave
    local cols=$1 rows=$2 term=$3
    echo "dashboard ${cols}x${rows} TERM=$term"
    start "$cols" "$rows" "$term"
    expect_screen "opens with the Timeline pane" "Timeline"
    expect_screen "shows the Regions pane" "Regions"
    expect_screen "shows the Quotes pane" "Quotes"
    expect_screen "status bar counts the demo documents" "documents"
    expect_screen "demo articles are listed" "2026"
    tm send-keys -t e2e '?'
    expect_screen "? opens the help overlay" "Shift-Tab"
    tm send-keys -t e2e Escape
    reject_screen "Esc closes the help overlay" "Shift-Tab"
    tm send-keys -t e2e j j Enter
    expect_screen "Enter opens the article reader" "Event · "
    tm send-keys -t e2e Escape
    tm send-keys -t e2e Tab Tab 1 G g PageDown PageUp
    expect_screen "focus and scroll keys keep the dashboard up" "Timeline"
    tm resize-window -t e2e -x 20 -y 6
    sleep 0.4
    if screen | grep -q "too small"; then fail "20x6 still draws the dashboard" "$(screen)"; else pass "20x6 still draws the dashboard"; fi
    tm resize-window -t e2e -x 15 -y 4
    expect_screen "below 20x6 says the terminal is too small" "20x6"
    tm resize-window -t e2e -x "$cols" -y "$rows"
    expect_screen "growing back redraws all three panes" "Regions"
    tm send-keys -t e2e q
    expect_screen "q quits with status 0" "SITREP-EXIT=0"
    reject_screen "the screen is restored after quitting" "Regions"
}

dashboard_story 80 24 xterm-256color
dashboard_story 120 40 screen

echo "Ctrl-C and the mouse"
start 100 30 xterm-256color
expect_screen "opens for the mouse test" "Timeline"
expect_screen "the corpus loads in the background" "14 documents"
# SGR mouse reports (what xterm and tmux send): press and release at column 75, row 4 (1-based),
# a row of the Regions pane (top right) at 100 columns.
tm send-keys -t e2e -l $'\e[<0;75;4M'; tm send-keys -t e2e -l $'\e[<0;75;4m'
sleep 0.4
row=$(screen | sed -n 4p)
if printf '%s' "${row:48}" | grep -q "›"; then pass "a click selects the row under the pointer"; else fail "a click selects the row under the pointer" "$(screen)"; fi
tm send-keys -t e2e C-c
expect_screen "Ctrl-C quits with status 0" "SITREP-EXIT=0"
start 100 30 xterm-256color --no-mouse
expect_screen "opens with --no-mouse" "Timeline"
tm send-keys -t e2e -l $'\e[<0;75;4M'; tm send-keys -t e2e -l $'\e[<0;75;4m'
sleep 0.4
row=$(screen | sed -n 4p)
if printf '%s' "${row:48}" | grep -q "›"; then fail "--no-mouse ignores clicks" "$(screen)"; else pass "--no-mouse ignores clicks"; fi
tm send-keys -t e2e q

echo "hostile article text"
printf 'Title: Harmless \033[2J\033]2;PWNED-TITLE\007 headline\nDate: 2026-04-20\n\nBody with a bell \007 an OSC 52 \033]52;c;aGVsbG8=\007 a C1 CSI \302\233 and RLO \342\200\256 reversed.\n\n"Nothing to see here," said Ana Petrovic.\n' > "$work/evil-article.txt"
mkdir -p "$work/esc"; cp "$work/evil-article.txt" "$work/esc/"
start 100 30 xterm-256color "$work/esc"
expect_screen "an escape-laden article still draws the dashboard" "Timeline"
expect_screen "and its quote is read" "Nothing to see here"
title=$(tm display-message -p -t e2e '#{pane_title}')
if [ "${title#*PWNED}" != "$title" ]; then fail "the article cannot set the terminal title (pane title: $title)"; else pass "the article cannot set the terminal title"; fi
# Enter on its one quote (Quotes pane) opens the reader on the article.
tm send-keys -t e2e 3 Enter
expect_screen "the reader shows the body with visible controls" "Body with a bell"
expect_screen "ESC shows as a visible symbol" "␛"
tm send-keys -t e2e q q
expect_screen "quits cleanly after the hostile article" "SITREP-EXIT=0"

echo "not a terminal, bad TERM"
out=$("$bin" "$work/esc" 2>&1 >"$work/stdout.txt"); rc=$?
if [ $rc -ne 0 ] && printf '%s' "$out" | grep -q "sitrep extract"; then pass "stdout not a terminal: one line pointing to sitrep extract (rc $rc)"; else fail "stdout not a terminal (rc $rc)" "$out"; fi
fresh_server
tm -f /dev/null new-session -d -s e2e -x 80 -y 24 "env TERM=dumb $bin; echo SITREP-EXIT=\$?; sleep 60"
expect_screen "TERM=dumb is refused with a clear line" "cannot draw the dashboard"

echo "ASCII where the locale is not UTF-8, and --ascii"
for run in "LANG=C|" "LANG=C.UTF-8|--ascii"; do
    lang=${run%%|*}; flag=${run#*|}; how="$lang $flag"
    fresh_server
    tm -f /dev/null new-session -d -s e2e -x 160 -y 50 \
        "env -u LC_ALL -u LC_CTYPE TERM=xterm-256color $lang $bin $flag; echo SITREP-EXIT=\$?; sleep 60"
    expect_screen "$how: the dashboard opens" "14 documents"
    tm send-keys -t e2e 2
    expect_screen "$how: the Regions map has its legend" "o place"
    if screen | LC_ALL=C grep -q '[^ -~]'; then fail "$how: only ASCII on the screen" "$(screen)"; else pass "$how: only ASCII on the screen"; fi
    tm send-keys -t e2e q
    expect_screen "$how: quits with status 0" "SITREP-EXIT=0"
done

echo "sitrep extract"
mkdir -p "$work/mixed"
printf 'Title: First\nDate: 2026-04-12\n\nA short article.\n' > "$work/mixed/a.txt"
printf 'bin\000ary\000data' > "$work/mixed/b.txt"
printf 'Title: Third\n\nAnother one.\n' > "$work/mixed/c.txt"
"$bin" extract "$work/mixed" >"$work/out.jsonl" 2>"$work/err.txt"; rc=$?
lines=$(wc -l < "$work/out.jsonl"); errs=$(wc -l < "$work/err.txt")
if [ $rc -eq 1 ] && [ "$lines" -eq 2 ] && [ "$errs" -eq 1 ] && grep -q "b.txt" "$work/err.txt"; then
    pass "a binary file: one stderr line naming it, the others printed, exit 1"
else
    fail "a binary file among good ones (rc $rc, $lines lines, $errs errors)" "$(cat "$work/err.txt")"
fi
if python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$work/out.jsonl"; then pass "every output line is valid JSON"; else fail "output is not JSON Lines"; fi
"$bin" extract "$work/mixed" >"$work/again.jsonl" 2>"$work/err2.txt"; rc=$?
if [ $rc -eq 1 ] && cmp -s "$work/out.jsonl" "$work/again.jsonl" && cmp -s "$work/err.txt" "$work/err2.txt" && ls "$XDG_CACHE_HOME"/sitrep/mixed-*.sqlite >/dev/null 2>&1; then
    pass "second run through the default store: the same output, the same problems"
else
    fail "second run through the store differs (rc $rc)" "$(diff "$work/out.jsonl" "$work/again.jsonl"; cat "$work/err2.txt")"
fi
printf 'not a database at all' > "$work/bad.sqlite"
"$bin" extract --store "$work/bad.sqlite" "$work/mixed" >"$work/bad.jsonl" 2>"$work/err3.txt"; rc=$?
if [ $rc -eq 1 ] && cmp -s "$work/out.jsonl" "$work/bad.jsonl" && [ "$(grep -c "bad.sqlite" "$work/err3.txt")" -eq 1 ] && [ -f "$work/bad.sqlite.bad" ]; then
    pass "a garbage --store file: one line naming it, set aside, the same output"
else
    fail "a garbage --store file (rc $rc)" "$(cat "$work/err3.txt")"
fi
"$bin" extract --no-store --store "$work/x.sqlite" "$work/mixed" >/dev/null 2>"$work/err4.txt"; rc=$?
if [ $rc -ne 0 ] && [ ! -e "$work/x.sqlite" ] && grep -q "no-store" "$work/err4.txt"; then pass "--store and --no-store together are refused"; else fail "--store with --no-store (rc $rc)" "$(cat "$work/err4.txt")"; fi
printf '{"id":"x-1","text":"Hello there.","date":"2026-04-13","extra":[1,2]}\n{"id":42,"text":"Second."}\n' | "$bin" extract - >"$work/stdin.jsonl" 2>"$work/err.txt"; rc=$?
if [ $rc -eq 0 ] && python3 - "$work/stdin.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["id"] for r in rows] == ["x-1", "42"], rows
assert rows[0]["date"] == "2026-04-13" and rows[0]["dateSource"] == "input", rows[0]
assert rows[1]["date"] is None and rows[1]["dateSource"] == "none", rows[1]
PY
then pass "JSON Lines on stdin: ids kept, input dates, unknown keys ignored"; else fail "JSON Lines on stdin (rc $rc)" "$(cat "$work/stdin.jsonl" "$work/err.txt")"; fi
seed="$root/../shared/corpus/seed-2023-09-29.txt"
if [ -f "$seed" ]; then
    "$bin" extract "$seed" >"$work/seed.jsonl" 2>"$work/err.txt"; rc=$?
    if [ $rc -eq 0 ] && python3 - "$work/seed.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 1 and rows[0]["date"] == "2023-09-29" and rows[0]["dateSource"] == "filename", rows
PY
    then pass "seed article: one JSON line, date 2023-09-29 from the file name"; else fail "seed article (rc $rc)" "$(cat "$work/seed.jsonl" "$work/err.txt")"; fi
    n=$("$bin" quotes --speaker tsimlianski "$seed" --format jsonl 2>/dev/null | wc -l)
    if [ "$n" -eq 3 ]; then pass "sitrep quotes --speaker tsimlianski finds his three quotes"; else fail "sitrep quotes --speaker tsimlianski found $n quotes"; fi
else
    echo "  skip seed article: ../shared/corpus is absent"
fi

echo "README"
"$bin" keys > "$work/keys.md"
if grep -qxF -f "$work/keys.md" "$root/README.md" && [ "$(grep -cxF -f "$work/keys.md" "$root/README.md")" -ge "$(wc -l < "$work/keys.md")" ]; then
    pass "README's key list matches \`sitrep keys\`"
else
    fail "README's key list is out of date: paste the output of \`sitrep keys\`"
fi

source "$here/live.sh"

echo
echo "e2e: $passed passed, $failures failed"
[ $failures -eq 0 ]
