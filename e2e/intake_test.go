package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestIntake: the office pastes a seed article (Hai Bà Trưng's plan
// 245/KH-UBND), commits before fixing the flagged leads and is told which
// drafts are wrong, chooses the wards for "UBND các phường" and a department
// for "các đơn vị", commits, and finds the tasks in its list.
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
	fixed := eval[int](b, `(function(){
		let n = 0;
		for (const fs of document.querySelectorAll("fieldset.draft")) {
			const sel = fs.querySelector('select[name$=".lead"]');
			if ([...sel.options].some(o => o.selected)) continue;
			const want = fs.textContent.includes("UBND các phường")
				? ["UBND phường Phố Huế", "UBND phường Trương Định"]
				: ["Phòng Quản lý đô thị quận Hai Bà Trưng"];
			for (const o of sel.options) if (want.includes(o.textContent.trim())) o.selected = true;
			const content = fs.querySelector('textarea[name$=".content"]');
			content.value = content.value + " (đợt `+stamp+`)";
			n++;
		}
		return n })()`)
	if fixed == 0 {
		t.Fatal("no flagged lead to fix")
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
