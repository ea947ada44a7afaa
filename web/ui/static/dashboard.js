// Tiến Độ: the dashboard's trend chart, drawn by Chart.js from the data-*
// attributes of #trend-chart (no inline script: the CSP forbids it). Without
// Chart.js the table under the chart carries the same numbers.
(function () {
  "use strict";

  function numbers(el, name) {
    return (el.dataset[name] || "").split("|").map(function (v) {
      return v === "" ? null : Number(v);
    });
  }

  function draw() {
    var el = document.getElementById("trend-chart");
    if (!el || !window.Chart || window.Chart.getChart(el)) {
      return;
    }
    var names = el.dataset.names.split("|");
    var colours = ["#2e7d32", "#f9a825", "#1565c0", "#c62828", "#757575"];
    var series = ["onTime", "late", "inProgress", "overdue", "continuous"];
    var datasets = series.map(function (s, i) {
      return { type: "bar", label: names[i], data: numbers(el, s), backgroundColor: colours[i], stack: "tasks", yAxisID: "y" };
    });
    datasets.push({ type: "line", label: names[5], data: numbers(el, "rate"), borderColor: "#000", backgroundColor: "#000",
      yAxisID: "rate", tension: 0.2 });
    var phone = window.matchMedia("(max-width: 600px)").matches;
    // Numbers as the page's language writes them: 1.200 and 99,9 in Vietnamese.
    window.Chart.defaults.locale = document.documentElement.lang === "en" ? "en-GB" : "vi-VN";
    new window.Chart(el, {
      data: { labels: el.dataset.labels.split("|"), datasets: datasets },
      options: {
        animation: false,
        aspectRatio: phone ? 1 : 2.6,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { position: phone ? "bottom" : "top", labels: { boxWidth: 12 } } },
        scales: {
          x: { stacked: true, ticks: { maxRotation: phone ? 60 : 0, autoSkip: true } },
          y: { stacked: true, beginAtZero: true },
          rate: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false } }
        }
      }
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
  // An htmx navigation swaps the page in without a new DOMContentLoaded.
  document.addEventListener("htmx:afterSettle", draw);
})();
