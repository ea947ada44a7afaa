package e2e

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// trainingTarget is a demo target of Phòng Quản lý đô thị (seed 003):
// 1.200 grassroots officials trained in 2018, plan and actual.
const trainingTarget = "Cán bộ cơ sở được tập huấn Luật Xây dựng, cấp phép xây dựng"

// TestTarget: the department opens its target, sees the plan-vs-actual
// chart drawn by the bundled Chart.js, enters a lower actual value and the
// status turns from on track to at risk — on the target page and on the
// leaders' dashboard; on a phone the page fits the screen.
func TestTarget(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	b.login("qldt")
	b.do(chromedp.Click(chromedp.CSS(`nav.main a[href="/chi-tieu"]`)))
	b.waitFor("the targets", `location.pathname === "/chi-tieu" && !!document.querySelector("table.targets")`)
	href := eval[string](b, `(function(){ const a = [...document.querySelectorAll("table.targets a")].find(a => a.textContent.trim() === `+
		strconv.Quote(trainingTarget)+`); return a ? a.getAttribute("href") : "" })()`)
	if href == "" {
		t.Fatalf("no target %q in the list: %s", trainingTarget, b.text("table.targets"))
	}
	b.open(href)
	if got := b.text("#target-status"); got != "Đạt tiến độ" {
		t.Errorf("status before: %q, want on track", got)
	}
	if drawn := chartDrawn(t, b); drawn {
		if got := chartActual(b); got != "1200" {
			t.Errorf("the chart's actual values %q, want 1200", got)
		}
		// The axis writes numbers the Vietnamese way: 1.200, not 1,200.
		ticks := eval[string](b, `Chart.getChart(document.getElementById("target-chart")).scales.y.ticks.map(t => t.label).join(" ")`)
		if !strings.Contains(ticks, "1.200") {
			t.Errorf("axis labels %q, want Vietnamese thousands (1.200)", ticks)
		}
	}
	b.shot("33-chi-tieu")

	// The department corrects the 2018 figure: half the plan.
	b.do(chromedp.Click(chromedp.CSS("#form-value > summary")))
	b.do(chromedp.SetValue(chromedp.ID("value-period"), "2018"), chromedp.SendKeys(chromedp.ID("value-value"), "600"),
		chromedp.SendKeys(chromedp.ID("value-note"), "Số liệu rà soát lại: 600 người"), chromedp.Click(chromedp.ID("value-submit")))
	b.notice("Đã ghi số liệu.")
	if got := b.text("#target-status"); got != "Có nguy cơ không đạt" {
		t.Errorf("status after 600 of 1.200: %q, want at risk", got)
	}
	if got := b.text("#target-history"); !strings.Contains(got, "Số liệu rà soát lại") || !strings.Contains(got, "1.200") {
		t.Errorf("the history lacks the new or the old value: %q", got)
	}
	if chartDrawn(t, b) {
		if got := chartActual(b); got != "600" {
			t.Errorf("the chart after the entry shows %q, want 600", got)
		}
	}

	// A phone: the page and the chart fit the width.
	b.do(chromedp.EmulateViewport(390, 844))
	b.open(href)
	if chartDrawn(t, b) {
		if w := eval[int](b, `Math.round(document.getElementById("target-chart").getBoundingClientRect().width)`); w > 390 {
			t.Errorf("the chart is %dpx wide on a 390px screen", w)
		}
	}
	if over := eval[int](b, `document.documentElement.scrollWidth - window.innerWidth`); over > 1 {
		t.Errorf("the target page is %dpx wider than a phone screen", over)
	}
	b.shot("34-chi-tieu-dien-thoai")
	b.do(chromedp.EmulateViewport(1280, 800))
	b.logout()

	// The leaders' dashboard lists the target at risk.
	b.login("lanhdao")
	b.open("/dieu-hanh")
	row := eval[string](b, `(function(){ const r = [...document.querySelectorAll("#dash-targets tr")].find(r => r.textContent.includes(`+
		strconv.Quote(trainingTarget)+`)); return r ? r.textContent : "" })()`)
	if !strings.Contains(row, "Có nguy cơ không đạt") {
		t.Errorf("the dashboard's row of the target: %q", row)
	}
	if *b.dialogs != 0 {
		t.Errorf("%d JavaScript dialogs opened", *b.dialogs)
	}
}

// chartDrawn waits for the chart of the target page and tells whether it
// was drawn: Chart.js made it and the canvas has painted pixels. Without
// Chart.js in the binary it is false, and a failure in CI
// (TIENDO_REQUIRE_BROWSER=1), where the assets must be built.
func chartDrawn(t *testing.T, b *tab) bool {
	t.Helper()
	if !b.chartLoaded() {
		if os.Getenv("TIENDO_REQUIRE_BROWSER") == "1" {
			t.Error("Chart.js is not in the binary: run ./scripts/assets before the tests")
		}
		return false
	}
	b.waitFor("the plan-vs-actual chart", `!!Chart.getChart(document.getElementById("target-chart"))`)
	painted := eval[int](b, `(function(){ const c = document.getElementById("target-chart");
		const px = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
		let n = 0; for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++; return n })()`)
	if painted < 1000 {
		t.Errorf("the chart canvas has %d painted pixels", painted)
	}
	return true
}

// chartActual is the actual series the chart draws, joined by commas.
func chartActual(b *tab) string {
	return eval[string](b, `Chart.getChart(document.getElementById("target-chart")).data.datasets[1].data.join(",")`)
}
