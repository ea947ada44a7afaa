package service

import (
	"context"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// DocumentInput creates a document. Number is the number/symbol as written
// ("245/KH-UBND", "Số: 115-KH/QU"); it is parsed and normalised.
type DocumentInput struct {
	Number   string           `json:"number_symbol"`
	IssuerID *int64           `json:"issuer_id"`
	Issuer   string           `json:"issuer"`
	Date     vn.Date          `json:"date"`
	Summary  string           `json:"summary"`
	Signer   string           `json:"signer"`
	Secrecy  string           `json:"secrecy"`
	Links    []tiendo.DocLink `json:"links"`
}

// ListDocuments returns documents. Directive documents are read by everyone
// who must carry them out; those marked secret only by accounts whose scope
// covers the issuer.
func (s *Service) ListDocuments(ctx context.Context, f tiendo.DocumentFilter) ([]*tiendo.Document, int, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, 0, err
	}
	docs, total, err := s.store.FindDocuments(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	out := docs[:0]
	for _, d := range docs {
		if sc.canSeeDocument(d) {
			out = append(out, d)
		} else {
			total--
		}
	}
	return out, total, nil
}

func (sc *scope) canSeeDocument(d *tiendo.Document) bool {
	return d.Secrecy == "" || sc.unrestricted() || (d.IssuerID != nil && sc.sees(*d.IssuerID))
}

// GetDocument returns one document.
func (s *Service) GetDocument(ctx context.Context, id int64) (*tiendo.Document, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	d, err := s.store.FindDocumentByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if !sc.canSeeDocument(d) {
		return nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy văn bản %d", id)
	}
	return d, nil
}

// CreateDocument registers a document; office and admin accounts may.
func (s *Service) CreateDocument(ctx context.Context, in DocumentInput) (*tiendo.Document, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	d, err := s.documentFromInput(sc, in)
	if err != nil {
		return nil, err
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.CreateDocument(ctx, d); err != nil {
			return err
		}
		return s.audit(ctx, st, "document.create", "document", d.ID, nil, d.IssuerID, nil, d)
	})
	return d, err
}

func (s *Service) documentFromInput(sc *scope, in DocumentInput) (*tiendo.Document, error) {
	var v tiendo.Validator
	num, err := vn.ParseDocNumber(in.Number)
	if err != nil {
		v.Add("number_symbol", err.Error())
	}
	v.Check(!in.Date.IsZero(), "date", "Ngày ban hành là bắt buộc")
	v.Check(!in.Date.After(s.today()), "date", "Ngày ban hành không được ở tương lai")
	v.Check(strings.TrimSpace(in.Summary) != "", "summary", "Trích yếu là bắt buộc")
	v.Check(in.Secrecy == "" || in.Secrecy == "mat" || in.Secrecy == "toi_mat", "secrecy", "Độ mật không hợp lệ")
	for _, l := range in.Links {
		v.Check(l.Kind == tiendo.LinkImplements || l.Kind == tiendo.LinkCites, "links", "Loại liên kết không hợp lệ")
	}
	for f, s := range map[string]string{"number_symbol": in.Number, "issuer": in.Issuer, "signer": in.Signer} {
		v.Text(f, s, tiendo.MaxShortText)
	}
	v.Input(in)
	if in.IssuerID != nil && !sc.tree.Has(*in.IssuerID) {
		v.Add("issuer_id", "Cơ quan ban hành không tồn tại")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	if in.IssuerID != nil && !sc.has(*in.IssuerID, tiendo.RoleAdmin, tiendo.RoleOffice) {
		return nil, forbidden("vào sổ văn bản của cơ quan này")
	}
	if in.IssuerID == nil && !tiendo.HasRoleAnywhere(sc.actor, tiendo.RoleAdmin, tiendo.RoleOffice) {
		return nil, forbidden("vào sổ văn bản")
	}
	issuer := in.Issuer
	if issuer == "" && in.IssuerID != nil {
		issuer = sc.tree.Org(*in.IssuerID).Name
	}
	return &tiendo.Document{
		Number: num.Canonical(), Parsed: num, Type: num.Type, IssuerID: in.IssuerID, Issuer: issuer,
		Date: in.Date, Summary: strings.TrimSpace(in.Summary), Signer: in.Signer, Secrecy: in.Secrecy, Links: in.Links,
	}, nil
}
