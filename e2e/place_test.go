package e2e

import (
	"strings"
	"testing"
)

// TestPlaceMap: a ward officer opens the register of places, finds Phố
// Huế by typing without diacritics, opens its page with its tasks, and the
// map draws the demo's streets with the bundled Leaflet on a blank base
// (no tile server configured), the one with an open task coloured.
func TestPlaceMap(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	b.login("vanphong")
	b.open("/dia-ban?q=pho+hue")
	b.waitFor("the search", `[...document.querySelectorAll("#results a")].some(a => a.textContent.trim() === "Phố Huế")`)
	b.open(eval[string](b, `[...document.querySelectorAll("#results a")].find(a => a.textContent.trim() === "Phố Huế").getAttribute("href")`))
	if got := b.text("main"); !strings.Contains(got, "Làm điểm tại các tuyến phố văn minh đô thị") || !strings.Contains(got, "30/06/2025") {
		t.Errorf("the place page lacks its task or its old ward's end: %q", got)
	}
	b.shot("41-dia-ban")
	b.open("/ban-do")
	b.waitFor("Leaflet draws the streets", `typeof L !== "undefined" && document.querySelectorAll("#place-map path.leaflet-interactive").length >= 3`)
	if tiles := eval[int](b, `document.querySelectorAll("#place-map img.leaflet-tile").length`); tiles != 0 {
		t.Errorf("%d tiles loaded without a tile server", tiles)
	}
	b.shot("40-ban-do")
	copyReadmeShots(t, placeReadmeShots)
}

// placeReadmeShots are the screenshots of the register and the map the
// README shows (TIENDO_UPDATE_SCREENSHOTS=1 copies them to docs/screenshots).
var placeReadmeShots = []string{"40-ban-do", "41-dia-ban"}
