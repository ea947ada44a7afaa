package httpx

import "tiendo/report"

// FormatValue writes a figure the Vietnamese way (1.234,5), "—" for none;
// the briefing pack's document is report.PackDocument.
func FormatValue(v *float64) string { return report.Figure(v) }
