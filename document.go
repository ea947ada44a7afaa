package tiendo

import (
	"context"
	"time"

	"tiendo/vn"
)

// DocType names a kind of directive document by its type code.
var DocTypeNames = map[string]string{
	"KH": "Kế hoạch", "QĐ": "Quyết định", "CT": "Chỉ thị", "NQ": "Nghị quyết",
	"TB": "Thông báo", "KL": "Kết luận", "CV": "Công văn", "": "Công văn",
	"HD": "Hướng dẫn", "BC": "Báo cáo", "CTr": "Chương trình", "NĐ": "Nghị định",
	"TT": "Thông tư", "ĐA": "Đề án", "PA": "Phương án", "QC": "Quy chế", "QyĐ": "Quy định",
}

// Document is a directive document: a plan, decision, conclusion, letter.
type Document struct {
	ID        int64        `json:"id"`
	Number    string       `json:"number_symbol"` // as parsed and normalised: "245/KH-UBND"
	Parsed    vn.DocNumber `json:"parsed"`
	Type      string       `json:"type"` // type code, "" for a công văn
	IssuerID  *int64       `json:"issuer_id"`
	Issuer    string       `json:"issuer"` // issuing body's name as written
	Date      vn.Date      `json:"date"`
	Summary   string       `json:"summary"` // trích yếu
	Signer    string       `json:"signer"`
	Secrecy   string       `json:"secrecy"` // "" (thường), "mat", "toi_mat"
	Links     []DocLink    `json:"links"`
	CreatedAt time.Time    `json:"created_at"`
	Version   int          `json:"version"`
}

// DocLinkKind says how one document relates to another.
type DocLinkKind string

// Link kinds.
const (
	LinkImplements DocLinkKind = "implements" // 245/KH-UBND implements 241/KH-UBND
	LinkCites      DocLinkKind = "cites"
)

// DocLink points at another document.
type DocLink struct {
	Kind     DocLinkKind `json:"kind"`
	TargetID int64       `json:"target_id"`
	Target   string      `json:"target,omitempty"` // its number, filled on reads
}

// Style is state or party, from the number's shape.
func (d *Document) Style() vn.DocStyle { return d.Parsed.Style }

// DocumentFilter selects documents.
type DocumentFilter struct {
	Query    string // diacritic-insensitive over number, summary, issuer
	IssuerID *int64
	Number   *string
	Page     Page
}

// DocumentStore persists documents.
type DocumentStore interface {
	FindDocumentByID(ctx context.Context, id int64) (*Document, error)
	FindDocuments(ctx context.Context, f DocumentFilter) ([]*Document, int, error)
	// CreateDocument returns ECONFLICT when the same number and date exist.
	CreateDocument(ctx context.Context, d *Document) error
	UpdateDocument(ctx context.Context, d *Document) error
}
