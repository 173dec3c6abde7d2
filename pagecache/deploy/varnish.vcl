vcl 4.1;
# WindowNews behind Varnish (Debian's varnish 7): caches what the app marks shareable
# (Cache-Control: s-maxage, stale-while-revalidate) and drops a page, with every ?page=N
# variant of it, when the app sends PURGE (FRONTEND_CACHE_VARNISH_URL, Wagtail's frontend
# cache module). {backend_host}/{backend_port} are filled in by hand (README, "Running in
# production") or by pagecache/tests/test_varnish.py, which runs this file for real.

backend windownews {
  .host = "{backend_host}";
  .port = "{backend_port}";
}

# Only the app servers may purge. Add their addresses when they run on other machines.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(405, "Purging is for the app servers"));
    }
    # A ban on the path, not a purge of one URL: ?page=2 of a list goes with it.
    ban("obj.http.x-wn-host == " + req.http.host + " && obj.http.x-wn-path == " + regsub(req.url, "\?.*$", ""));
    return (synth(200, "Purged"));
  }
  # The same requests the app never caches: per-reader, editors, or not a page read (the
  # segments are pagecache.policy.PRIVATE_URLS; a test checks they agree).
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(admin|comments|search|healthz)(/|$|\?)") {
    return (pass);
  }
  if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
    return (pass);
  }
  # Anything else a reader's browser sends (analytics cookies) must not split the cache.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_backend_response {
  # Remembered on the object so a PURGE can ban every variant of the path.
  set beresp.http.x-wn-host = bereq.http.host;
  set beresp.http.x-wn-path = regsub(bereq.url, "\?.*$", "");
  if (beresp.http.Set-Cookie) {
    set beresp.uncacheable = true;  # per-reader: never shared
    return (deliver);
  }
}

sub vcl_deliver {
  unset resp.http.x-wn-host;
  unset resp.http.x-wn-path;
  if (obj.hits > 0) {
    set resp.http.X-Edge-Cache = "HIT";
  } else {
    set resp.http.X-Edge-Cache = "MISS";
  }
}
