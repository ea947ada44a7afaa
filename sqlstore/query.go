package sqlstore

import (
	"context"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// maxInList is the largest id set bound as an IN list of parameters;
// bigger sets travel as one JSON array through Dialect.IDSet, which keeps
// the statement text (and the prepared-statement caches) small.
const maxInList = 200

// inIDs returns "col IN (…)" for ids. An empty set matches nothing.
func (s *Store) inIDs(a *sqlArgs, col string, ids []int64) string {
	if len(ids) == 0 {
		return "1 = 0"
	}
	if len(ids) > maxInList {
		var b strings.Builder
		b.WriteByte('[')
		for i, id := range ids {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatInt(id, 10))
		}
		b.WriteByte(']')
		return col + " IN (" + s.d.IDSet(a.add(b.String())) + ")"
	}
	ph := make([]string, len(ids))
	for i, id := range ids {
		ph[i] = a.add(id)
	}
	return col + " IN (" + strings.Join(ph, ", ") + ")"
}

// inStrings returns "col IN (…)" for a set of strings. An empty set
// matches nothing.
func inStrings[T ~string](a *sqlArgs, col string, vals []T) string {
	if len(vals) == 0 {
		return "1 = 0"
	}
	ph := make([]string, len(vals))
	for i, v := range vals {
		ph[i] = a.add(string(v))
	}
	return col + " IN (" + strings.Join(ph, ", ") + ")"
}

// words splits text into the words search compares: folded with vn.Fold
// rules (lowercase, no diacritics, đ→d), and cut at every character
// outside [a-z0-9]. Both engines' tokenizers split such text at exactly
// the spaces, so SQLite FTS5, PostgreSQL tsvector and LIKE agree.
func words(s string) []string {
	var out []string
	for _, tok := range vn.FoldTokens(text(s)) {
		out = append(out, strings.FieldsFunc(tok, notWordRune)...)
	}
	return out
}

func notWordRune(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }

// folded is the search_folded value of a row: the words of every part,
// joined by single spaces.
func folded(parts ...string) string {
	var all []string
	for _, p := range parts {
		all = append(all, words(p)...)
	}
	return strings.Join(all, " ")
}

// maxQueryWords and maxWordBytes bound a search so one request cannot
// build a huge query: SQLite refuses a LIKE pattern over 50,000 bytes and
// PostgreSQL silently drops a tsquery word over 2,047, which would widen
// the search. No word of real text is longer than maxWordBytes, so a cut
// word still matches nothing a whole one would not.
const (
	maxQueryWords = 16
	maxWordBytes  = 64
)

// queryWords is the words of a user's search, at most maxQueryWords of at
// most maxWordBytes each. A query with no words (only punctuation, invalid
// bytes) does not filter.
func queryWords(q string) []string {
	w := words(q)
	if len(w) > maxQueryWords {
		w = w[:maxQueryWords]
	}
	for i := range w {
		if len(w[i]) > maxWordBytes {
			w[i] = w[i][:maxWordBytes] // [a-z0-9] only: a byte is a character
		}
	}
	return w
}

// likeWords returns a predicate true when every word but the last is a
// word of the folded column col (space-joined words) and the last is a
// prefix of one: the words typed before a space are whole syllables
// ("pho" is not "phong"), the last may still be being typed. The
// full-text queries (Dialect.SearchQuery) follow the same rule. Used for
// the small tables (organisations, people) where a full-text index is not
// worth it, and for searches inside a small scope (findByText).
func likeWords(a *sqlArgs, col string, ws []string) string {
	conds := make([]string, len(ws))
	for i, w := range ws {
		// w is [a-z0-9]+, so it carries no LIKE wildcards.
		if i < len(ws)-1 {
			conds[i] = "(' ' || " + col + " || ' ') LIKE " + a.add("% "+w+" %")
		} else {
			conds[i] = "(' ' || " + col + ") LIKE " + a.add("% "+w+"%")
		}
	}
	return strings.Join(conds, " AND ")
}

// where joins conditions with AND, or returns "" when there are none.
func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// loadPairs runs a two-column id query and groups the second column by
// the first, e.g. task → cooperating organisations.
func (s *Store) loadPairs(ctx context.Context, query string, args []any) (map[int64][]int64, error) {
	rows, err := s.q().QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64][]int64{}
	for rows.Next() {
		var k, v int64
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		out[k] = append(out[k], v)
	}
	return out, rows.Err()
}

// count runs a COUNT(*) query.
func (s *Store) count(ctx context.Context, query string, args []any) (int, error) {
	var n int
	err := s.q().QueryRowContext(ctx, query, args...).Scan(&n)
	return n, err
}

// limit returns LIMIT/OFFSET for page p after normalising it.
func limit(a *sqlArgs, p tiendo.Page) string {
	p = p.Normalize()
	return " LIMIT " + a.add(p.PerPage) + " OFFSET " + a.add(p.Offset())
}
