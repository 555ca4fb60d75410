#!/usr/bin/env python3
"""A stand-in for the desktop's notification server, for the e2e journeys.

It owns org.freedesktop.Notifications on the session bus the app uses (the journeys run in a
private D-Bus session) and prints every notification it is sent as one JSON line on stdout, so
a journey can see what the app raised. It answers like a minimal server: capabilities `body`.
"""
import json
import sys

from gi.repository import Gio, GLib

NODE = Gio.DBusNodeInfo.new_for_xml("""
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
      <arg type="u" direction="out"/>
    </method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
  </interface>
</node>""")

counter = 0


def on_call(_conn, _sender, _path, _iface, method, params, invocation):
    global counter
    if method == "Notify":
        counter += 1
        _app, _replaces, _icon, summary, body, _actions, _hints, _timeout = params.unpack()
        print(json.dumps({"summary": summary, "body": body}), flush=True)
        invocation.return_value(GLib.Variant("(u)", (counter,)))
    elif method == "GetCapabilities":
        invocation.return_value(GLib.Variant("(as)", (["body"],)))
    elif method == "GetServerInformation":
        invocation.return_value(GLib.Variant("(ssss)", ("stint-e2e", "stint", "1", "1.2")))
    else:
        invocation.return_value(None)


def on_bus(conn, _name):
    conn.register_object("/org/freedesktop/Notifications", NODE.interfaces[0], on_call, None, None)


def on_name(_conn, _name):
    print("ready", flush=True)


def on_lost(_conn, _name):
    print("lost the name org.freedesktop.Notifications", file=sys.stderr, flush=True)
    sys.exit(1)


Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.Notifications",
                 Gio.BusNameOwnerFlags.NONE, on_bus, on_name, on_lost)
GLib.MainLoop().run()
