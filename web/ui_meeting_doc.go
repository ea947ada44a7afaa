package web

import "tiendo/report"

// formatValue writes a figure the Vietnamese way (1.234,5), "—" for none;
// the briefing pack's document is report.PackDocument.
func formatValue(v *float64) string { return report.Figure(v) }
