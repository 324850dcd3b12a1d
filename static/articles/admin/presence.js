// "Jonas Berg is editing since 10:42" above a story's form, kept fresh by a heartbeat (articles/presence.py).
// A file, not inline code: the admin's Content-Security-Policy allows no inline script.
(function () {
  "use strict";
  var path = window.location.pathname;
  var match = path.match(/^(.*\/)articles\/article\/(\d+)\/change\/$/);
  if (!match) {
    return;
  }
  var base = match[1] + "desk/stories/" + match[2] + "/";
  var timer = null;
  var banner = null;

  function token() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function form() {
    var body = new FormData();
    body.append("csrfmiddlewaretoken", token());
    return body;
  }

  function show(others) {
    if (!banner) {
      banner = document.createElement("div");
      banner.className = "presence-banner";
      banner.setAttribute("role", "status");
      banner.setAttribute("aria-live", "polite");
      var content = document.getElementById("content");
      content.insertBefore(banner, content.firstChild);
    }
    banner.hidden = others.length === 0;
    banner.textContent = others.length
      ? others.join("; ") + ". You may still edit: if they save first, your save is refused and shows both sets of changes."
      : "";
  }

  function schedule(seconds) {
    window.clearTimeout(timer);
    timer = window.setTimeout(beat, Math.max(1, seconds) * 1000);
  }

  function beat() {
    fetch(base + "presence/", { method: "POST", body: form(), credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data) {
          show(data.others);
          schedule(data.interval);
        } else {
          schedule(30);
        }
      })
      .catch(function () { schedule(30); });
  }

  window.addEventListener("pagehide", function () {
    window.clearTimeout(timer);
    navigator.sendBeacon(base + "leave/", form());
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      beat();
    }
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", beat);
  } else {
    beat();
  }
})();
