"""The app benchmark's reference: a bare WebKitGTK window with one static paragraph.

Same webview library, window size and display as Stint, no app code at all. Its memory is the
floor any WebKitGTK app pays on the machine (GTK, WebKit's three processes, the GL driver that
WebKit's EGL start-up loads), so Stint's figure can be read against it. Needs python3-gi and
gir1.2-webkit2-4.1, which `./x bench` installs.
"""

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

window = Gtk.Window(title="bare WebKitGTK")
window.set_default_size(1100, 760)  # Stint's window (tauri.conf.json)
window.connect("destroy", Gtk.main_quit)
view = WebKit2.WebView()
window.add(view)
view.load_html("<!doctype html><html><body><p>A bare WebKitGTK page.</p></body></html>", "about:blank")
window.show_all()
Gtk.main()
