// "Jonas Berg is editing since 10:42" above a story's form, kept fresh by a heartbeat (articles/presence.py),
// with a "Take over" button, and "Amira Haddad took over" for the editor it was taken from.
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
  var text = null;
  var takeOver = null;

  function token() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function form() {
    var body = new FormData();
    body.append("csrfmiddlewaretoken", token());
    return body;
  }

  function build() {
    banner = document.createElement("div");
    banner.className = "presence-banner";
    text = document.createElement("p");
    text.className = "presence-text";
    text.setAttribute("role", "status");
    text.setAttribute("aria-live", "polite");
    takeOver = document.createElement("button");
    takeOver.type = "button";
    takeOver.className = "button presence-take-over";
    takeOver.textContent = "Take over";
    takeOver.title = "Tell the others you are editing the story now";
    takeOver.addEventListener("click", function () {
      takeOver.disabled = true;
      send("take-over/");
    });
    banner.append(text, takeOver);
    var content = document.getElementById("content");
    content.insertBefore(banner, content.firstChild);
  }

  function show(data) {
    if (!banner) {
      build();
    }
    var lines = [];
    if (data.taken_over) {
      lines.push(data.taken_over);
    }
    if (data.others.length) {
      lines.push(data.others.join("; ") + ".");
      if (!data.taken_over) {
        lines.push("You may still edit: if they save first, your save is refused and shows both sets of changes.");
      }
    }
    banner.hidden = lines.length === 0;
    banner.classList.toggle("is-taken-over", Boolean(data.taken_over));
    text.textContent = lines.join(" ");
    takeOver.hidden = !data.can_take_over;
    takeOver.disabled = false;
  }

  function schedule(seconds) {
    window.clearTimeout(timer);
    timer = window.setTimeout(beat, Math.max(1, seconds) * 1000);
  }

  function send(action) {
    fetch(base + action, { method: "POST", body: form(), credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data) {
          show(data);
          schedule(data.interval);
        } else {
          schedule(30);
        }
      })
      .catch(function () { schedule(30); });
  }

  function beat() {
    send("presence/");
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
