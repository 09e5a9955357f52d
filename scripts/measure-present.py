#!/usr/bin/env python3
"""Measures presentation mode as the hall sees it, in tmux, on a copy of the demo store.

Usage: python3 scripts/measure-present.py [BINARY] [APPENDS] [IDLE_SECONDS]
Default binary: .build/release/hoctap (build it with `swift build -c release`).

1. Append to visible: a `--present` viewer runs in one tmux session; this script appends an
   award to awards.rec (one write on O_APPEND, then fsync, as the program's writer does) and
   polls the viewer's `capture-pane` until the award's recipient is on screen. Median and max
   over APPENDS appends (default 50). The polling's own cost is in the figure, so it is an
   upper bound.
2. Agenda: a clerk's session in a second tmux session presses `n` to start the next agenda
   item; the time until the viewer shows the item after it as "next".
3. Idle CPU of the viewer over IDLE_SECONDS (default 60), from /proc/PID/stat, with the
   rotation on (15 s) as in the hall.
Frame render time is measured in-process by `hoctap-bench frame`; start to first frame by
scripts/first-frame.py.
"""
import os, statistics, subprocess, sys, tempfile, time, uuid

binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/hoctap")
appends = int(sys.argv[2]) if len(sys.argv) > 2 else 50
idle_seconds = int(sys.argv[3]) if len(sys.argv) > 3 else 60
env = "env -u HOCTAP_STORE TERM=tmux-256color"


class Tmux:
    def __init__(self, command, width=120, height=40):
        self.sock = f"mp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.base = ["tmux", "-u", "-L", self.sock, "-f", "/dev/null"]
        subprocess.run(self.base + ["new-session", "-d", "-x", str(width), "-y", str(height), command], check=True)

    def capture(self):
        return subprocess.run(self.base + ["capture-pane", "-p"], capture_output=True, text=True).stdout

    def send(self, *keys):
        subprocess.run(self.base + ["send-keys"] + list(keys), check=True)

    def wait(self, predicate, timeout=10.0):
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < timeout:
            out = self.capture()
            if predicate(out):
                return time.perf_counter()
        raise SystemExit(f"timed out after {timeout} s; screen:\n{self.capture()}")

    def pid(self):
        shell = subprocess.run(self.base + ["list-panes", "-F", "#{pane_pid}"], capture_output=True, text=True).stdout.strip()
        with open(f"/proc/{shell}/task/{shell}/children") as f:
            return int(f.read().split()[0])

    def close(self):
        subprocess.run(self.base + ["kill-server"], capture_output=True)


def append(path, text):
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    try:
        os.write(fd, text.encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.perf_counter()


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ms(values):
    return f"median {statistics.median(values) * 1000:6.1f} ms   max {max(values) * 1000:6.1f} ms   ({len(values)} runs)"


store = tempfile.mkdtemp(prefix="hoctap-measure-")
subprocess.run([binary, "init", store, "--demo"], check=True, capture_output=True)
title = "Tuần lễ hưởng ứng học tập suốt đời"
today = time.strftime("%Y-%m-%d")

viewer = Tmux(f"{env} '{binary}' --present --rotate 0 --store '{store}'; sleep 600")
clerk = None
try:
    viewer.wait(lambda s: title in s)
    latencies = []
    for n in range(appends):
        given = f"Mẫu{n:03d}"
        record = (f"\nId: KTDO{n:04d}\nDate: {today}\nRecipient: Trần Thị {given}\nKind: student\n"
                  f"Category: Học sinh giỏi\nBranch: KP01\nAmount: 200000\n")
        t0 = append(os.path.join(store, "awards.rec"), record)
        t1 = viewer.wait(lambda s: f"{given} T.T." in s, timeout=5)
        latencies.append(t1 - t0)
    print(f"append to visible (viewer, tmux capture):  {ms(latencies)}")

    clerk = Tmux(f"{env} '{binary}' --store '{store}'; sleep 600")
    clerk.wait(lambda s: title in s)
    steps = []
    for _ in range(4):
        before = viewer.capture()
        marker = [l for l in before.splitlines() if "Tiếp theo:" in l]
        t0 = time.perf_counter()
        clerk.send("n")
        t1 = viewer.wait(lambda s: [l for l in s.splitlines() if "Tiếp theo:" in l] != marker, timeout=5)
        steps.append(t1 - t0)
        time.sleep(0.3)
    print(f"agenda key to viewer (two tmux sessions):  {ms(steps)}")
    clerk.close()
    clerk = None

    viewer.close()
    viewer = Tmux(f"{env} '{binary}' --present --store '{store}'; sleep 600")
    viewer.wait(lambda s: title in s)
    pid = viewer.pid()
    c0, t0 = cpu_seconds(pid), time.perf_counter()
    time.sleep(idle_seconds)
    c1, t1 = cpu_seconds(pid), time.perf_counter()
    print(f"idle CPU of --present over {idle_seconds} s (rotating): {100 * (c1 - c0) / (t1 - t0):.2f}% "
          f"({round((c1 - c0) * os.sysconf('SC_CLK_TCK'))} clock ticks)")
finally:
    viewer.close()
    if clerk:
        clerk.close()
    subprocess.run(["rm", "-rf", "--", store])
