package tiendo

import (
	"strings"
	"testing"

	"tiendo/vn"
)

// TestInputLimits checks that Validate refuses, naming the field, text
// with a NUL byte, text over its limit, dates out of range and ints a
// 32-bit column cannot hold — including in fields no Validate names.
func TestInputLimits(t *testing.T) {
	long := strings.Repeat("ằ", MaxLongText+1)
	short := strings.Repeat("ằ", MaxShortText+1)
	org := func(edit func(*Org)) *Org {
		o := &Org{Code: "HBT", Name: "Quận Hai Bà Trưng", Kind: OrgKinds[0], Level: LevelDistrict}
		edit(o)
		return o
	}
	task := func(edit func(*Task)) *Task {
		k := &Task{Title: "Kiểm tra", LeadOrgID: 1, Category: CategoryOther, Priority: PriorityNormal, DeadlineKind: vn.DeadlineNone}
		edit(k)
		return k
	}
	meeting := func(edit func(*Meeting)) *Meeting {
		m := &Meeting{SeriesID: 1, Title: "Giao ban", Date: vn.NewDate(2020, 1, 3)}
		edit(m)
		return m
	}
	tests := []struct {
		name  string
		v     interface{ Validate() error }
		field string // "" when valid
	}{
		{"org ok", org(func(*Org) {}), ""},
		{"org name at the limit", org(func(o *Org) { o.Name = short[len("ằ"):] }), ""},
		{"org name too long", org(func(o *Org) { o.Name = short }), "name"},
		{"org name with NUL", org(func(o *Org) { o.Name = "UBND\x00" }), "name"},
		{"org valid_from year 1", org(func(o *Org) { o.ValidFrom = vn.Date{Year: 1, Month: 1, Day: 1} }), "valid_from"},
		{"org valid_to year 9999", org(func(o *Org) { o.ValidTo = vn.Date{Year: 9999, Month: 12, Day: 31} }), "valid_to"},
		{"task source text too long", task(func(k *Task) { k.SourceText = long }), "source_text"},
		{"task output with NUL", task(func(k *Task) { k.ExpectedOutput = "a\x00" }), "expected_output"},
		{"task place too long", task(func(k *Task) { k.Place = short }), "place"},
		{"task due year 2201", task(func(k *Task) {
			k.DeadlineKind, k.Due = vn.DeadlineDate, vn.Date{Year: 2201, Month: 1, Day: 1}
		}), "due"},
		{"task percent over 32 bits", task(func(k *Task) { k.Percent = 1 << 40 }), "percent"},
		{"meeting ok", meeting(func(*Meeting) {}), ""},
		{"meeting minutes too long", meeting(func(m *Meeting) { m.Minutes = long }), "minutes"},
		{"meeting agenda title with NUL", meeting(func(m *Meeting) { m.Agenda = []AgendaItem{{Title: "a\x00"}} }), "agenda"},
		{"meeting notice due past the range", meeting(func(m *Meeting) {
			m.Date, m.NoticeDue = vn.NewDate(2200, 12, 31), vn.Date{Year: 2201, Month: 1, Day: 9}
		}), "date"},
		{"person name too long", &Person{FullName: short}, "full_name"},
		{"position title with NUL", &Person{FullName: "A", Positions: []Position{{OrgID: 1, Title: "x\x00"}}}, "positions"},
		{"update narrative too long", &Update{AsOf: vn.NewDate(2020, 1, 3), Narrative: long}, "narrative"},
		{"update attachment bytes not walked", &Update{AsOf: vn.NewDate(2020, 1, 3), Narrative: "x",
			Attachments: []Attachment{{Name: "a.bin", Data: make([]byte, 1<<20)}}}, ""},
		{"proposal source text is bounded by the upload", &Proposal{Status: ProposalDraft, Text: long}, ""},
		{"proposal draft content too long", &Proposal{Status: ProposalDraft, Drafts: []DraftTask{{Content: long}}}, "drafts"},
	}
	for _, tt := range tests {
		err := tt.v.Validate()
		fields := ErrorFields(err)
		switch {
		case tt.field == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.field != "" && fields[tt.field] == "":
			t.Errorf("%s: fields %v, want one on %q", tt.name, fields, tt.field)
		}
	}
}

// FuzzCheckInput: whatever text a struct holds, the walk neither panics
// nor accepts a NUL.
func FuzzCheckInput(f *testing.F) {
	f.Add("Quận Hai Bà Trưng", 2020)
	f.Add("a\x00b", 9999)
	f.Fuzz(func(t *testing.T, s string, year int) {
		in := struct {
			Name  string       `json:"name"`
			Items []AgendaItem `json:"items"`
			On    vn.Date      `json:"on"`
			M     map[string]string
		}{Name: s, Items: []AgendaItem{{Title: s}}, On: vn.Date{Year: year, Month: 1, Day: 1}, M: map[string]string{s: s}}
		err := CheckInput(&in)
		if strings.IndexByte(s, 0) >= 0 && ErrorFields(err)["name"] == "" {
			t.Fatalf("NUL accepted: %v", err)
		}
		if (year < vn.MinYear || year > vn.MaxYear) && ErrorFields(err)["on"] == "" {
			t.Fatalf("year %d accepted", year)
		}
	})
}
