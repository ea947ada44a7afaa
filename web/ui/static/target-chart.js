// Draws the plan-vs-actual chart of a target page from the canvas'
// data-chart attribute (labels, expected, actual, unit). Without Chart.js
// the table under the canvas carries the same figures.
(function () {
  "use strict";
  function draw() {
    var el = document.getElementById("target-chart");
    if (!el || typeof window.Chart === "undefined" || el.dataset.drawn) { return; }
    var d = JSON.parse(el.dataset.chart || "{}");
    el.dataset.drawn = "1";
    // Numbers as the page's language writes them: 1.200 and 99,9 in Vietnamese.
    window.Chart.defaults.locale = document.documentElement.lang === "en" ? "en-GB" : "vi-VN";
    new window.Chart(el, {
      type: "bar",
      data: {
        labels: d.labels || [],
        datasets: [
          { type: "line", label: "Kế hoạch (" + d.unit + ")", data: d.expected || [], borderColor: "#8a5a00", backgroundColor: "#8a5a00", spanGaps: true },
          { label: "Thực hiện (" + d.unit + ")", data: d.actual || [], backgroundColor: "#1f5fa8" }
        ]
      },
      options: { animation: false, responsive: true, scales: { y: { beginAtZero: true } } }
    });
  }
  document.addEventListener("DOMContentLoaded", draw);
  document.addEventListener("htmx:afterSettle", draw);
  if (document.readyState !== "loading") { draw(); }
})();
