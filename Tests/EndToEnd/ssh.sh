# The dashboard over a real SSH connection to localhost (sourced by live.sh): a throwaway sshd
# on a loopback port with throwaway keys, the client in tmux, and the bytes that reach the
# terminal counted with `tmux pipe-pane` while the dashboard idles, takes one article, a
# burst, and a resize.

ssh_story() {
    local sshd=/usr/sbin/sshd
    if [ ! -x "$sshd" ]; then
        echo "  skip ssh: no $sshd here (.ci/run installs openssh-server)"
        return
    fi
    local dir="$work/ssh" user port
    user=$(id -un)
    mkdir -p "$dir"; chmod 700 "$dir"
    ssh-keygen -q -t ed25519 -N '' -f "$dir/host_key" && ssh-keygen -q -t ed25519 -N '' -f "$dir/user_key"
    cp "$dir/user_key.pub" "$dir/authorized_keys"; chmod 600 "$dir/authorized_keys"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat > "$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_key
AuthorizedKeysFile $dir/authorized_keys
PidFile $dir/sshd.pid
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
LogLevel ERROR
CONF
    [ "$(id -u)" = 0 ] && mkdir -p /run/sshd
    if ! "$sshd" -f "$dir/sshd_config" -E "$dir/sshd.log"; then
        fail "sshd starts on 127.0.0.1:$port" "$(cat "$dir/sshd.log" 2>/dev/null)"; return
    fi
    local ssh_cmd="ssh -p $port -i $dir/user_key -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes"
    local i=0
    until $ssh_cmd "$user@127.0.0.1" true 2>/dev/null || [ $i -ge 50 ]; do sleep 0.1; i=$((i + 1)); done
    if ! $ssh_cmd "$user@127.0.0.1" true 2>"$dir/ssh.err"; then
        fail "ssh to localhost with a throwaway key" "$(cat "$dir/ssh.err" "$dir/sshd.log" 2>/dev/null)"
        kill "$(cat "$dir/sshd.pid" 2>/dev/null)" 2>/dev/null; return
    fi
    pass "ssh to localhost:$port with a throwaway key"

    live_folder "$work/sshlive"
    local raw="$work/ssh-bytes.raw"
    fresh_server
    tm -f /dev/null new-session -d -s e2e -x 120 -y 35 \
        "$ssh_cmd -t $user@127.0.0.1 'env TERM=xterm-256color LANG=C.UTF-8 XDG_CACHE_HOME=$XDG_CACHE_HOME $bin $work/sshlive'; echo SITREP-EXIT=\$?; sleep 60"
    tm set-option -t e2e -g status off >/dev/null 2>&1
    tm pipe-pane -t e2e -o "cat >> $raw"
    expect_screen "the dashboard opens over ssh" "3 documents"
    sleep 2
    local full b0 idle one burst resize t0 latency
    full=$(bytes_of "$raw")
    sleep 10
    idle=$(( $(bytes_of "$raw") - full ))
    if [ "$idle" -eq 0 ]; then pass "idle for 10 s over ssh: 0 bytes written"; else fail "idle for 10 s over ssh wrote $idle bytes"; fi
    tm send-keys -t e2e j
    sleep 0.5
    local before after
    before=$(selected_line)
    b0=$(bytes_of "$raw"); t0=$(now_ms)
    article "$work/sshlive/four.txt" 2026-05-03 "Barges wait" "Barges waited below the Iron Gates on Sunday for the water to fall."
    if wait_for "Barges waited" 5; then
        latency=$(( $(now_ms) - t0 ))
        if [ "$latency" -lt 1000 ]; then pass "over ssh a new article is on screen in $latency ms (< 1 s)"; else fail "over ssh a new article took $latency ms"; fi
    else
        fail "over ssh a new article appears" "$(screen)"
    fi
    sleep 1
    one=$(( $(bytes_of "$raw") - b0 ))
    after=$(selected_line)
    if [ "$before" = "$after" ]; then pass "over ssh the selection stays put"; else fail "over ssh the selection moved: '$before' -> '$after'"; fi
    if [ "$one" -lt $(( full / 3 )) ]; then pass "one new article sent $one bytes (first full frame: $full)"; else fail "one new article sent $one bytes, first full frame $full"; fi
    b0=$(bytes_of "$raw")
    mkdir -p "$work/sshburst"
    for i in $(seq 1 1000); do
        article "$work/sshburst/b$i.txt" 2026-05-0$((i % 9 + 1)) "Burst $i" "Crews in Vidin cleared debris number $i on Friday."
    done
    t0=$(now_ms)
    mv "$work/sshburst"/* "$work/sshlive/"
    if wait_for "1,004 documents" 30; then pass "a burst of 1,000 articles arrives over ssh in $(( $(now_ms) - t0 )) ms"; else fail "a burst of 1,000 articles over ssh" "$(screen)"; fi
    tm send-keys -t e2e j
    expect_screen "keys still work right after the burst" "Timeline"
    sleep 1
    burst=$(( $(bytes_of "$raw") - b0 ))
    b0=$(bytes_of "$raw")
    tm resize-window -t e2e -x 100 -y 30
    sleep 1.5
    resize=$(( $(bytes_of "$raw") - b0 ))
    echo "  figure: bytes to the terminal over ssh: first frame $full, idle 10 s $idle, one article $one, burst of 1,000 $burst, resize to 100x30 $resize"
    tm send-keys -t e2e q
    expect_screen "q over ssh quits with status 0" "SITREP-EXIT=0"
    kill "$(cat "$dir/sshd.pid" 2>/dev/null)" 2>/dev/null
}

echo "live: over ssh"
ssh_story
