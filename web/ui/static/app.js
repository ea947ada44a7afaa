// Tiến Độ: small enhancements. Every page works without this file; htmx
// (vendored by scripts/assets) adds partial updates on top.
(function () {
  "use strict";

  // Put keyboard focus on the first field with an error, or on the
  // page-level message, after a page load or an htmx swap, so a screen
  // reader or keyboard user lands where the problem is.
  function focusFirstError(root) {
    var el = (root || document).querySelector("[aria-invalid=true], .form-error[tabindex]");
    if (el && typeof el.focus === "function") {
      el.focus();
    }
  }

  // Submit the filter form when a select changes, for browsers without
  // htmx; with htmx the form's own hx-trigger does it.
  function autoSubmitFilters() {
    if (window.htmx) {
      return;
    }
    document.querySelectorAll("form.filters select").forEach(function (sel) {
      sel.addEventListener("change", function () {
        sel.form.requestSubmit ? sel.form.requestSubmit() : sel.form.submit();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusFirstError(document);
    autoSubmitFilters();
  });
  document.addEventListener("htmx:afterSettle", function (ev) {
    focusFirstError(ev.target);
  });
})();
