"""The app benchmark's reference: a bare WebKitGTK window with one static paragraph.

Same webview library, window size and display as Stint, no app code at all. Its memory, and the
time from its start to its page loaded, are the floor any WebKitGTK app pays on the machine (GTK, WebKit's three processes, the GL driver that
WebKit's EGL start-up loads), so Stint's figure can be read against it. Needs python3-gi and
gir1.2-webkit2-4.1, which `./x bench` installs.
"""

import os
import time

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

window = Gtk.Window(title="bare WebKitGTK")
window.set_default_size(1100, 760)  # Stint's window (tauri.conf.json)
window.connect("destroy", Gtk.main_quit)
view = WebKit2.WebView()
window.add(view)
# Start-up reference: when the page has loaded, the wall clock (ms since the epoch) goes to the
# file named by STINT_BARE_LOADED; the benchmark takes the process's start from /proc.
loaded_file = os.environ.get("STINT_BARE_LOADED")


def on_load(_view, event):
    if event == WebKit2.LoadEvent.FINISHED and loaded_file:
        with open(loaded_file, "w", encoding="utf-8") as out:
            out.write(f"{time.time() * 1000:.1f}")


view.connect("load-changed", on_load)
view.load_html("<!doctype html><html><body><p>A bare WebKitGTK page.</p></body></html>", "about:blank")
window.show_all()
Gtk.main()
