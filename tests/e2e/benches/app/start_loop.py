"""Many plain starts of the app, for hunting a start-up wait that shows in few of them.

The app benchmark starts the app 5 times as a user does; a wait that comes once in 15 starts
needs more. This starts `BINARY` RUNS times, each on a fresh Xvfb display, on a data folder
the benchmark connected (copy `target/e2e-data/bench-app` to DATA first: the app opens on the
Timeline there), and prints per start the milliseconds from process start to the page starting
and to the Timeline drawn, read from the app's start-up report (`STINT_STARTUP_REPORT`, see
src-tauri/src/startup_report.rs). `NAME=VALUE` arguments go into the app's environment, e.g.
switches of a temporary debug build. Run it in a D-Bus session with a keyring (`x`'s
`with_keyring`, or dbus-run-session plus gnome-keyring-daemon), as the app needs one:

    python3 start_loop.py target/release-bench/stint /tmp/bench-data 40 [NAME=VALUE ...]

Found with it: the global-shortcut call during setup (500 ms in most starts, fixed); a rarer
500 ms wait remains in about 1 start of 15 (see the README's Benchmarks section).
"""

import os
import signal
import subprocess
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def started_ms(pid):
    """The process's start as wall-clock milliseconds (field 22 of /proc/PID/stat)."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    uptime = float(open("/proc/uptime").read().split()[0])
    return (time.time() - uptime + int(fields[19]) / TICKS) * 1000


def one_start(binary, data, extra, report):
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    display = ":" + xvfb.stdout.readline().decode().strip()
    if os.path.exists(report):
        os.remove(report)
    env = dict(
        os.environ,
        DISPLAY=display,
        STINT_DATA_DIR=data,
        WEBKIT_DISABLE_COMPOSITING_MODE="1",
        STINT_STARTUP_REPORT=report,
        RUST_LOG="warn",
    )
    env.update(extra)
    app = subprocess.Popen(
        [binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    start = started_ms(app.pid)
    for _ in range(100):
        if os.path.exists(report) and open(report).read().strip():
            break
        time.sleep(0.05)
    try:
        origin, mark = map(float, open(report).read().split())
        result = (round(origin - start), round(origin + mark - start))
    except (OSError, ValueError):
        result = None
    os.killpg(app.pid, signal.SIGTERM)
    app.wait()
    xvfb.terminate()
    xvfb.wait()
    time.sleep(0.3)
    return result


def main():
    binary, data, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    extra = dict(arg.split("=", 1) for arg in sys.argv[4:])
    report = os.path.join(data, "startup-report")
    results = [one_start(binary, data, extra, report) for _ in range(runs)]
    for page, drawn in (r for r in results if r):
        print(f"page starts {page:5d} ms   drawn {drawn:5d} ms")
    slow = sum(1 for r in results if r and r[0] > 500)
    failed = sum(1 for r in results if not r)
    print(f"{slow} of {runs} starts waited over 500 ms before the page; {failed} never reported")


if __name__ == "__main__":
    main()
