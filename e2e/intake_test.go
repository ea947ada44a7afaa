package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestIntake: the office pastes a seed article (Hai Bà Trưng's plan
// 245/KH-UBND), commits before fixing the flagged leads and is told which
// drafts are wrong, ticks the wards offered for "UBND các phường" and types a
// department for "các đơn vị" in the unit pickers, commits, and finds the tasks in its list.
func TestIntake(t *testing.T) {
	chromium := requireBrowser(t)
	seed, err := os.ReadFile(filepath.Join("..", "extract", "testdata", "gold", "004_fa8d48449e34e581.txt"))
	if err != nil {
		t.Fatal(err)
	}
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	stamp := fmt.Sprint(time.Now().Unix() % 1000000)

	b.login("vanphong")
	b.open("/nhap-tu-van-ban")
	text, _ := json.Marshal(string(seed))
	eval[bool](b, `(document.getElementById("text").value = `+string(text)+`, true)`)
	b.shot("20-nhap-van-ban")
	b.do(chromedp.Click(chromedp.ID("intake-submit")))
	b.waitFor("the review screen", `/^\/nhap-tu-van-ban\/\d+$/.test(location.pathname) && !!document.getElementById("review-form")`)
	drafts := eval[int](b, `document.querySelectorAll("fieldset.draft").length`)
	flagged := eval[int](b, `document.querySelectorAll("fieldset.draft .flag").length`)
	if drafts < 2 || flagged == 0 {
		t.Fatalf("%d drafts, %d flagged: want several, some flagged", drafts, flagged)
	}
	if got := b.text("#review-document input"); got != "" {
		t.Logf("document field text %q", got)
	}
	if v := eval[string](b, `document.getElementById("doc_number").value`); v != "245/KH-UBND" {
		t.Errorf("document number %q, want 245/KH-UBND", v)
	}
	b.shot("21-ra-soat")

	// Committing with flagged leads: every draft still without a lead is
	// named, and nothing is created.
	b.do(chromedp.Click(chromedp.ID("review-commit")))
	b.waitFor("the errors", `!!document.getElementById("review-errors") && document.getElementById("review-errors").textContent.includes("đơn vị chủ trì")`)
	b.shot("22-loi-rat-soat")

	// Fix every flagged lead: the wards' committees for "UBND các phường"
	// (offered as candidates), the urban management department otherwise;
	// mark the contents to find the tasks afterwards.
	// Wards are ticked among the suggestions; the department is found by
	// typing in the row's picker.
	unfixed := eval[[]string](b, `[...document.querySelectorAll("fieldset.draft")]
		.filter(fs => !fs.querySelector('[name$=".lead"]:checked'))
		.map(fs => fs.querySelector('[data-picker$=".lead"]').dataset.picker)`)
	if len(unfixed) == 0 {
		t.Fatal("no flagged lead to fix")
	}
	wards := []string{"UBND phường Phố Huế", "UBND phường Trương Định"}
	for _, field := range unfixed {
		row := `document.getElementById("` + field + `-picker").closest("fieldset")`
		if eval[bool](b, row+`.textContent.includes("UBND các phường")`) {
			for _, w := range wards {
				if !eval[bool](b, `(function(){ const o = [...document.getElementById("`+field+`-results").querySelectorAll(".picker-offered .picker-option")]
					.find(o => o.querySelector(".picker-name").textContent.trim() === `+strconv.Quote(w)+`);
					if (!o) return false; o.querySelector("input").click(); return true })()`) {
					pickUnit(b, field, w) // not among the suggestions: typed
				}
			}
		} else {
			pickUnit(b, field, "Phòng Quản lý đô thị quận Hai Bà Trưng")
		}
		eval[bool](b, `(function(){ const c = `+row+`.querySelector('textarea[name$=".content"]'); c.value += " (đợt `+stamp+`)"; return true })()`)
	}
	if n := eval[int](b, `[...document.querySelectorAll("fieldset.draft")].filter(fs => !fs.querySelector('[name$=".lead"]:checked')).length`); n != 0 {
		t.Fatalf("%d drafts still without a lead", n)
	}
	b.do(chromedp.Click(chromedp.ID("review-commit")))
	b.waitFor("the committed proposal", `!!document.getElementById("committed")`)
	b.notice("Đã tạo")
	created := eval[int](b, `document.querySelectorAll("#committed li").length`)
	if created < drafts+1 {
		t.Errorf("%d tasks created from %d drafts, want one per lead unit (the wards' draft has two)", created, drafts)
	}
	b.shot("23-da-tao")

	// The tasks are in the office's list, found by the mark.
	b.open("/viec/da-giao?q=" + stamp)
	if got := b.total(); got != created {
		t.Errorf("list finds %d tasks with the mark, want %d", got, created)
	}
	if !eval[bool](b, `document.querySelector("#results").textContent.includes("UBND phường Phố Huế")`) {
		t.Error("the ward's task is not in the list")
	}
	b.shot("24-viec-da-giao")
}
