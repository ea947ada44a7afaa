package abuse_test

// ownedElsewhere are 5xx answers other branches of issue 12 are fixing in
// parallel: out-of-range dates, text length limits, NUL bytes in text,
// version overflow, lifecycle actions without a version, pages beyond the
// last, upload types and caps. Each entry names a route pattern ("METHOD
// /path") and the input class that breaks it; "*" matches any route. The
// lead empties this list once those branches are merged.
var ownedElsewhere = map[string][]string{
	// A version of ±2^63 reaches PostgreSQL as an int4 parameter (500).
	"PATCH /api/v1/meetings/{id}":  {"numbers", "negative"},
	"POST /giao-ban/{id}/bien-ban": {"numbers"},
	// A NUL in a text reaches PostgreSQL's jsonb audit entry (500).
	"POST /api/v1/calendar/days": {"nul"},
}

// owned tells whether a 5xx is one of those.
func owned(a *attempt) bool {
	if poisons[a.class] {
		return true
	}
	for _, key := range []string{a.rt.Method + " " + a.rt.Pattern, "*"} {
		for _, c := range ownedElsewhere[key] {
			if c == a.class || c == a.idClass {
				return true
			}
		}
	}
	return false
}

// poisons are input classes whose writes, until the branch that owns them
// is merged, store records no read can load afterwards: a meeting dated
// 9999-12-31 gets a notice due in year 10000 (SQLite cannot scan it back),
// one dated 0001-01-01 makes PostgreSQL compute 0000-12-31 when it is
// read, and every read of the meeting or of a list holding it fails. Their writes run after the later reads, and
// every 5xx they cause, on any route, is owned elsewhere.
var poisons = map[string]bool{"dates-low": true, "dates-high": true}
