package ui

import (
	"reflect"
	"testing"
	"tiendo"
)

func TestAgendaFromLines(t *testing.T) {
	old := []tiendo.AgendaItem{{Title: "Kết quả tuần", TaskIDs: []int64{7}, TargetIDs: []int64{3}}, {Title: "Bỏ đi"}}
	tests := []struct {
		text string
		want []tiendo.AgendaItem
	}{
		{"", []tiendo.AgendaItem{}},
		{" Kết quả tuần \r\n\n Việc mới", []tiendo.AgendaItem{old[0], {Title: "Việc mới", TaskIDs: []int64{}, TargetIDs: []int64{}}}},
	}
	for _, tt := range tests {
		if got := agendaFromLines(tt.text, old); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: %+v, want %+v", tt.text, got, tt.want)
		}
	}
}
