// Tiến Độ: the unit picker as the user types (web/ui/templates/picker.html).
// Without this file the picker's search button sends the form back and the
// server lists the matches; with it the same list arrives while typing,
// from GET /don-vi/tim, and a ticked unit moves up among the chosen.
(function () {
  "use strict";

  var timers = new WeakMap(), seq = new WeakMap();

  function pickerOf(el) { return el.closest("[data-picker]"); }

  function search(p, now) {
    var box = p.querySelector("input[type=search]"), out = p.querySelector(".picker-results");
    clearTimeout(timers.get(p));
    var q = box.value.trim();
    if (!q) { out.innerHTML = ""; return; }
    timers.set(p, setTimeout(function () {
      var n = (seq.get(p) || 0) + 1;
      seq.set(p, n);
      var url = "/don-vi/tim?q=" + encodeURIComponent(q) + "&truong=" + encodeURIComponent(p.dataset.picker) +
        (p.dataset.multiple ? "" : "&mot=1") + (p.dataset.assignable ? "&assignable=1" : "") +
        (p.dataset.day ? "&in_force_on=" + encodeURIComponent(p.dataset.day) : "");
      fetch(url, { headers: { "HX-Request": "true" }, credentials: "same-origin" })
        .then(function (r) { return r.ok && !r.redirected ? r.text() : ""; }) // redirected: signed out
        .then(function (html) {
          if (seq.get(p) !== n) { return; } // an answer to an older query
          out.innerHTML = html;
          var chosen = p.querySelectorAll(".chips input");
          chosen.forEach(function (c) { // already chosen: not offered again
            var dup = out.querySelector("input[value='" + c.value + "']");
            if (dup) { dup.closest("li").remove(); }
          });
        });
    }, now ? 0 : 200));
  }

  function choose(input) {
    var p = pickerOf(input), chips = p.querySelector(".chips");
    var from = input.closest("li"), offered = input.closest(".picker-offered");
    if (!p.dataset.multiple) { chips.innerHTML = ""; }
    if (!chips.querySelector("input[value='" + input.value + "']")) {
      var li = document.createElement("li");
      li.className = "chip";
      li.appendChild(input.closest("label"));
      chips.appendChild(li);
    }
    if (offered) { // the other suggestions stay to be ticked too
      from.remove();
      return;
    }
    p.querySelector(".picker-results").innerHTML = "";
    var box = p.querySelector("input[type=search]");
    box.value = "";
    box.focus();
  }

  // The search button becomes a plain button: Enter in another field then
  // submits the form as its author meant, not a search.
  function enhance(root) {
    root.querySelectorAll("[data-picker] .picker-go").forEach(function (b) { b.type = "button"; });
  }

  document.addEventListener("input", function (ev) {
    var p = ev.target.matches("input[type=search]") && pickerOf(ev.target);
    if (p) { search(p, false); }
  });
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest(".picker-go");
    if (b && b.type === "button") { search(pickerOf(b), true); }
  });
  document.addEventListener("change", function (ev) {
    var t = ev.target;
    if (!pickerOf(t)) { return; }
    if (t.closest(".picker-results") && t.checked) { choose(t); }
    else if (t.closest(".chips") && !t.checked) { t.closest("li").remove(); }
  });
  document.addEventListener("keydown", function (ev) {
    var t = ev.target, p = t.matches("input[type=search]") && pickerOf(t);
    if (!p) { return; }
    var first = p.querySelector(".picker-results input");
    if (ev.key === "Enter") {
      ev.preventDefault();
      if (first) { first.checked = true; choose(first); } else { search(p, true); }
    } else if (ev.key === "ArrowDown" && first) {
      ev.preventDefault();
      first.focus();
    }
  });
  document.addEventListener("DOMContentLoaded", function () { enhance(document); });
  document.addEventListener("htmx:afterSettle", function (ev) { enhance(ev.target); });
})();
