package e2e

import (
	"os"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestDashboard opens the leaders' dashboard in Chromium on the demo data:
// the trend chart is drawn by the bundled Chart.js, the matrix total equals
// GET /api/v1/stats, a number opens exactly its tasks, and on a phone
// screen nothing runs off the side.
func TestDashboard(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	b.login("lanhdao")
	// Through the navigation, as a leader would: a boosted link loads the
	// dashboard in full so its scripts run.
	b.do(chromedp.Click(chromedp.CSS(`nav.main a[href="/dieu-hanh"]`)))
	b.waitFor("the dashboard", `location.pathname === "/dieu-hanh" && !!document.getElementById("matrix")`)
	if b.chartLoaded() {
		b.waitFor("the trend chart", `!!Chart.getChart(document.getElementById("trend-chart"))`)
		if n := eval[int](b, `Chart.getChart(document.getElementById("trend-chart")).data.labels.length`); n != 12 {
			t.Errorf("the trend shows %d periods, want 12", n)
		}
	} else if os.Getenv("TIENDO_REQUIRE_BROWSER") == "1" {
		t.Error("Chart.js is not in the binary: run ./scripts/assets before the tests")
	}
	b.shot("07-dieu-hanh")

	period := eval[string](b, `document.getElementById("ky").value`)
	api := eval[int](b, `(function(){ const x = new XMLHttpRequest();
		x.open("GET", "/api/v1/stats?period=`+period+`", false); x.send(); return JSON.parse(x.responseText).total.overdue })()`)
	cell := `#matrix tr.total a[data-cell="overdue"]`
	if got := number(t, b.text(cell)); got != api {
		t.Fatalf("overdue total on the page %d, API %d", got, api)
	}
	b.do(chromedp.Click(chromedp.CSS(cell)))
	b.waitFor("the overdue tasks", `location.pathname === "/dieu-hanh/nhiem-vu" && !!document.getElementById("total")`)
	if got := b.total(); got != api {
		t.Errorf("the overdue list has %d tasks, the number says %d", got, api)
	}

	// A phone: the page fits the width, the chart too.
	b.do(chromedp.EmulateViewport(390, 844))
	b.open("/dieu-hanh?ky=" + period)
	if b.chartLoaded() {
		b.waitFor("the chart on a phone", `!!Chart.getChart(document.getElementById("trend-chart"))`)
		if w := eval[int](b, `Math.round(document.getElementById("trend-chart").getBoundingClientRect().width)`); w > 390 {
			t.Errorf("the chart is %dpx wide on a 390px screen", w)
		}
	}
	if over := eval[int](b, `document.documentElement.scrollWidth - window.innerWidth`); over > 1 {
		t.Errorf("the dashboard is %spx wider than a phone screen", strconv.Itoa(over))
	}
	b.shot("08-dieu-hanh-dien-thoai")
	if *b.dialogs != 0 {
		t.Errorf("%d JavaScript dialogs opened", *b.dialogs)
	}
}
