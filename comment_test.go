package tiendo_test

import (
	"reflect"
	"strings"
	"testing"

	"tiendo"
)

func TestParseMentions(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Đề nghị @phohue bổ sung.", []string{"phohue"}},
		{"@HBT-QLDT và @phohue, @PhoHue.", []string{"HBT-QLDT", "phohue"}},
		{"gửi vanphong@hanoi.gov.vn", nil}, // an address names nobody
		{"@ @. @-", nil},                   // no name
		{"(@nguyen.van_a) @td-", []string{"nguyen.van_a", "td"}},
		{"ý kiến@đồng chí", nil}, // after a letter
		{"@đồng", nil},           // names are ASCII: logins and codes
		{"@a@b", []string{"a"}},  // the second @ follows a name byte
	} {
		if got := tiendo.ParseMentions(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseMentions(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := tiendo.ParseMentions(strings.Repeat("@a1 @a2 @a3 @a4 @a5 @a6 @a7 @a8 @a9 @b1 @b2 @b3 @b4 @b5 @b6 @b7 @b8 @b9 @c1 @c2 @c3 @c4 ", 2)); len(got) != tiendo.MaxMentions {
		t.Errorf("%d names, want at most %d", len(got), tiendo.MaxMentions)
	}
}

// Every name found follows an "@" in the text, is a valid name, and is
// found once however it is written.
func FuzzParseMentions(f *testing.F) {
	for _, s := range []string{"@phohue", "a@b @c.", "@HBT-QLDT, @x_y", "@@@", "@\xff", "@-a-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := tiendo.ParseMentions(s)
		if len(got) > tiendo.MaxMentions {
			t.Fatalf("%d names", len(got))
		}
		seen := map[string]bool{}
		for _, n := range got {
			if n == "" || strings.HasSuffix(n, ".") || strings.HasSuffix(n, "-") || !strings.Contains(s, "@"+n) {
				t.Fatalf("bad name %q from %q", n, s)
			}
			for _, r := range n {
				if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._-", r)) {
					t.Fatalf("name %q has %q", n, r)
				}
			}
			if seen[strings.ToLower(n)] {
				t.Fatalf("%q twice", n)
			}
			seen[strings.ToLower(n)] = true
		}
	})
}
