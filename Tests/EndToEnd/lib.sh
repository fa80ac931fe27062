# Shared by the end-to-end scripts: a tmux server of our own (-L), a scratch folder, pass/fail
# counters, and screen polling. Source it after setting `bin`.
work=$(mktemp -d)
# Default stores go to the scratch folder, not the user's cache.
export XDG_CACHE_HOME="$work/cache"
socket="sitrep-e2e-$$"
tm() { tmux -L "$socket" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$work"' EXIT

failures=0; passed=0
pass() { passed=$((passed + 1)); echo "  ok   $1"; }
fail() { failures=$((failures + 1)); echo "  FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/       | /'; }

screen() { tm capture-pane -p -t e2e; }
# wait_for TEXT [SECONDS]: poll the screen until it shows TEXT.
wait_for() {
    local text=$1 limit=${2:-10} i=0
    while [ $i -lt $((limit * 10)) ]; do
        screen 2>/dev/null | grep -qF -- "$text" && return 0
        sleep 0.1; i=$((i + 1))
    done
    return 1
}
expect_screen() {  # expect_screen NAME TEXT
    if wait_for "$2" 5; then pass "$1"; else fail "$1 (screen lacks '$2')" "$(screen)"; fi
}
reject_screen() {  # reject_screen NAME TEXT
    sleep 0.3
    if screen | grep -qF -- "$2"; then fail "$1 (screen shows '$2')" "$(screen)"; else pass "$1"; fi
}
fresh_server() {  # stop the previous tmux server and wait until it is gone
    tm kill-server 2>/dev/null
    local i=0
    while tm has-session 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    sleep 0.2
}
start() {  # start COLS ROWS TERM ARGS...
    local cols=$1 rows=$2 term=$3; shift 3
    fresh_server
    tm -f /dev/null new-session -d -s e2e -x "$cols" -y "$rows" \
        "env TERM=$term LANG=C.UTF-8 $bin $*; echo SITREP-EXIT=\$?; sleep 120"
    tm set-option -t e2e -g status off >/dev/null 2>&1
    tm resize-window -t e2e -x "$cols" -y "$rows" >/dev/null 2>&1
}

