#!/usr/bin/env python3
"""Time from start to first frame of the dashboard on the demo store, in tmux.

Usage: python3 scripts/first-frame.py [BINARY] [RUNS]
Default binary: .build/release/hoctap (build it with `swift build -c release`).

Each run starts the program in a fresh tmux session on a private socket and polls
`capture-pane` until the campaign title is on screen. The same harness times a peer
that prints the same text with `printf`, so the harness's own cost can be subtracted.
"""
import os, statistics, subprocess, sys, time, uuid

binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/hoctap")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
marker = "Tuần lễ hưởng ứng học tập suốt đời"


def first_frame(command: str) -> float:
    sock = f"ff-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmux = ["tmux", "-u", "-L", sock, "-f", "/dev/null"]
    try:
        t0 = time.perf_counter()
        subprocess.run(tmux + ["new-session", "-d", "-x", "120", "-y", "40", command], check=True)
        while True:
            out = subprocess.run(tmux + ["capture-pane", "-p"], capture_output=True, text=True).stdout
            if marker in out:
                return time.perf_counter() - t0
            if time.perf_counter() - t0 > 10:
                raise SystemExit(f"no frame within 10 s from: {command}\n{out}")
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)


def measure(label: str, command: str) -> float:
    times = [first_frame(command) for _ in range(runs)]
    med = statistics.median(times)
    print(f"{label:<28} median {med * 1000:7.1f} ms   min {min(times) * 1000:7.1f}   max {max(times) * 1000:7.1f}   ({runs} runs)")
    return med


env = "cd /tmp && env -u HOCTAP_STORE TERM=tmux-256color"
app = measure("hoctap (demo store)", f"{env} '{binary}'; sleep 30")
peer = measure("peer: printf of the title", f"printf '%s\\n' '{marker}'; sleep 30")
print(f"{'start to first frame':<28} {(app - peer) * 1000:7.1f} ms beyond the harness")
