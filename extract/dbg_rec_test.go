package extract

import (
	"os"
	"testing"

	"tiendo/vn"
)

func TestDbgRec(t *testing.T) {
	txt := os.Getenv("DBG")
	if txt == "" {
		t.Skip()
	}
	for _, tk := range Extract(txt, vn.NewDate(2024, 3, 10)).Tasks {
		t.Logf("lead %q | %q | %s | %s", tk.Lead, tk.Source, tk.Cue, tk.Deadline.Kind)
	}
}
