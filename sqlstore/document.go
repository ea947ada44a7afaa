package sqlstore

import (
	"context"

	"tiendo"
	"tiendo/vn"
)

const documentColumns = `d.id, d.number, d.parsed_raw, d.parsed_style, d.parsed_number, d.parsed_year,
	d.parsed_type, d.parsed_issuer, d.parsed_unit, d.type, d.issuer_id, d.issuer, d.doc_date,
	d.summary, d.signer, d.secrecy, d.created_at, d.version`

func scanDocument(sc interface{ Scan(...any) error }) (*tiendo.Document, error) {
	var d tiendo.Document
	var style string
	p := &d.Parsed
	err := sc.Scan(&d.ID, &d.Number, &p.Raw, &style, &p.Number, &p.Year, &p.Type, &p.Issuer, &p.Unit,
		&d.Type, idScan{&d.IssuerID}, &d.Issuer, &d.Date, &d.Summary, &d.Signer, &d.Secrecy,
		timeScan{&d.CreatedAt}, &d.Version)
	if err != nil {
		return nil, err
	}
	p.Style = vn.DocStyle(style)
	return &d, nil
}

// FindDocumentByID returns a document with its links.
func (s *Store) FindDocumentByID(ctx context.Context, id int64) (*tiendo.Document, error) {
	d, err := scanDocument(s.q().QueryRowContext(ctx, "SELECT "+documentColumns+" FROM documents d WHERE d.id = $1", id))
	if err != nil {
		return nil, s.found(err, "văn bản", id)
	}
	if err := s.loadDocLinks(ctx, []*tiendo.Document{d}); err != nil {
		return nil, err
	}
	return d, nil
}

// FindDocuments returns one page of documents, newest first, and the total.
func (s *Store) FindDocuments(ctx context.Context, f tiendo.DocumentFilter) ([]*tiendo.Document, int, error) {
	var a sqlArgs
	var conds []string
	if ws := queryWords(f.Query); len(ws) > 0 {
		conds = append(conds, "d.id IN ("+s.d.SearchSet("documents", a.add(s.d.SearchQuery(ws)))+")")
	}
	if f.IssuerID != nil {
		conds = append(conds, "d.issuer_id = "+a.add(*f.IssuerID))
	}
	if f.Number != nil {
		conds = append(conds, "d.number = "+a.add(text(*f.Number)))
	}
	w := where(conds)
	total, err := s.count(ctx, "SELECT COUNT(*) FROM documents d"+w, a)
	if err != nil {
		return nil, 0, s.fail(err, "đếm văn bản", "")
	}
	q := "SELECT " + documentColumns + " FROM documents d" + w +
		" ORDER BY d.doc_date DESC NULLS LAST, d.id DESC" + limit(&a, f.Page)
	docs, err := queryList(ctx, s, "đọc văn bản", q, a, scanDocument)
	if err != nil {
		return nil, 0, err
	}
	if err := s.loadDocLinks(ctx, docs); err != nil {
		return nil, 0, err
	}
	return docs, total, nil
}

// loadDocLinks fills Links (never nil), with each target's number.
func (s *Store) loadDocLinks(ctx context.Context, docs []*tiendo.Document) error {
	if len(docs) == 0 {
		return nil
	}
	byID := make(map[int64]*tiendo.Document, len(docs))
	ids := make([]int64, len(docs))
	for i, d := range docs {
		d.Links = []tiendo.DocLink{}
		byID[d.ID] = d
		ids[i] = d.ID
	}
	var a sqlArgs
	return eachRow(ctx, s, "đọc liên kết văn bản", `SELECT l.document_id, l.kind, l.target_id, t.number
		FROM document_links l JOIN documents t ON t.id = l.target_id
		WHERE `+s.inIDs(&a, "l.document_id", ids)+" ORDER BY l.document_id, l.seq", a,
		func(r interface{ Scan(...any) error }) error {
			var id int64
			var l tiendo.DocLink
			if err := r.Scan(&id, &l.Kind, &l.TargetID, &l.Target); err != nil {
				return err
			}
			byID[id].Links = append(byID[id].Links, l)
			return nil
		})
}

func normDocument(d *tiendo.Document) {
	d.Number, d.Type, d.Issuer = text(d.Number), text(d.Type), text(d.Issuer)
	d.Summary, d.Signer, d.Secrecy = text(d.Summary), text(d.Signer), text(d.Secrecy)
	p := &d.Parsed
	p.Raw, p.Number, p.Type, p.Issuer, p.Unit = text(p.Raw), text(p.Number), text(p.Type), text(p.Issuer), text(p.Unit)
}

// documentFolded is the searchable text of a document: number, summary and
// issuer.
func documentFolded(d *tiendo.Document) string { return folded(d.Number, d.Summary, d.Issuer) }

func conflictDocument(d *tiendo.Document) string {
	msg := "Văn bản số " + d.Number
	if !d.Date.IsZero() {
		msg += " ngày " + d.Date.Format()
	}
	return msg + " đã có"
}

// CreateDocument stores d and its links; ECONFLICT when a document with
// the same number and date exists.
func (s *Store) CreateDocument(ctx context.Context, d *tiendo.Document) error {
	normDocument(d)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		p := &d.Parsed
		err := s.w().QueryRowContext(ctx, `INSERT INTO documents (number, parsed_raw, parsed_style, parsed_number,
			parsed_year, parsed_type, parsed_issuer, parsed_unit, type, issuer_id, issuer, doc_date, summary,
			signer, secrecy, search_folded, version, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 1, $17, $17) RETURNING id`,
			d.Number, p.Raw, string(p.Style), p.Number, p.Year, p.Type, p.Issuer, p.Unit, d.Type,
			nullID(d.IssuerID), d.Issuer, d.Date, d.Summary, d.Signer, d.Secrecy, documentFolded(d), ts(now)).Scan(&d.ID)
		if err != nil {
			return s.fail(err, "tạo văn bản", conflictDocument(d))
		}
		d.CreatedAt, d.Version = now, 1
		return s.writeDocLinks(ctx, d)
	})
}

// UpdateDocument writes d and replaces its links when d.Version is
// current. A new number refreshes the search text of its tasks.
func (s *Store) UpdateDocument(ctx context.Context, d *tiendo.Document) error {
	normDocument(d)
	return s.writeTx(ctx, func(s *Store) error {
		var oldNumber string
		if err := s.w().QueryRowContext(ctx, "SELECT number FROM documents WHERE id = $1", d.ID).Scan(&oldNumber); err != nil {
			return s.found(err, "văn bản", d.ID)
		}
		p := &d.Parsed
		res, err := s.w().ExecContext(ctx, `UPDATE documents SET number = $1, parsed_raw = $2, parsed_style = $3,
			parsed_number = $4, parsed_year = $5, parsed_type = $6, parsed_issuer = $7, parsed_unit = $8, type = $9,
			issuer_id = $10, issuer = $11, doc_date = $12, summary = $13, signer = $14, secrecy = $15,
			search_folded = $16, updated_at = $17, version = version + 1 WHERE id = $18 AND version = $19`,
			d.Number, p.Raw, string(p.Style), p.Number, p.Year, p.Type, p.Issuer, p.Unit, d.Type,
			nullID(d.IssuerID), d.Issuer, d.Date, d.Summary, d.Signer, d.Secrecy, documentFolded(d),
			ts(s.now()), d.ID, d.Version)
		if err != nil {
			return s.fail(err, "cập nhật văn bản", conflictDocument(d))
		}
		if err := s.checkUpdated(ctx, res, "documents", "văn bản", d.ID); err != nil {
			return err
		}
		if _, err := s.w().ExecContext(ctx, "DELETE FROM document_links WHERE document_id = $1", d.ID); err != nil {
			return s.fail(err, "cập nhật liên kết văn bản", "")
		}
		if err := s.writeDocLinks(ctx, d); err != nil {
			return err
		}
		if oldNumber != d.Number {
			if err := s.refreshTaskSearch(ctx, "t.document_id = $1", d.ID); err != nil {
				return err
			}
		}
		d.Version++
		return nil
	})
}

// writeDocLinks inserts d's links and fills each Target number.
func (s *Store) writeDocLinks(ctx context.Context, d *tiendo.Document) error {
	for i := range d.Links {
		l := &d.Links[i]
		_, err := s.w().ExecContext(ctx, "INSERT INTO document_links (document_id, seq, kind, target_id) VALUES ($1, $2, $3, $4)",
			d.ID, i, string(l.Kind), l.TargetID)
		if err != nil {
			return s.fail(err, "ghi liên kết văn bản", "Liên kết văn bản bị trùng")
		}
		if err := s.w().QueryRowContext(ctx, "SELECT number FROM documents WHERE id = $1", l.TargetID).Scan(&l.Target); err != nil {
			return s.found(err, "văn bản", l.TargetID)
		}
	}
	if d.Links == nil {
		d.Links = []tiendo.DocLink{}
	}
	return nil
}
