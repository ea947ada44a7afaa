package tiendo

import (
	"context"
	"slices"

	"tiendo/vn"
)

// OrgKind is what sort of body an organisation is.
type OrgKind string

// Organisation kinds (docs/DOMAIN.md §3).
const (
	KindPartyCommittee    OrgKind = "party_committee"    // cấp ủy: Quận ủy, Đảng ủy phường
	KindPeoplesCouncil    OrgKind = "peoples_council"    // HĐND
	KindPeoplesCommittee  OrgKind = "peoples_committee"  // UBND
	KindDepartment        OrgKind = "department"         // sở, phòng, ban chuyên môn
	KindSteeringCommittee OrgKind = "steering_committee" // ban chỉ đạo
	KindMassOrganisation  OrgKind = "mass_organisation"  // MTTQ, đoàn thể
	KindPublicService     OrgKind = "public_service"     // đơn vị sự nghiệp
	KindPolice            OrgKind = "police"             // công an
	KindMilitary          OrgKind = "military"           // quân sự
	KindAdministrative    OrgKind = "administrative"     // a locality as a whole (thành phố, quận, phường)
	KindOther             OrgKind = "other"
)

// OrgKinds lists every kind.
var OrgKinds = []OrgKind{KindPartyCommittee, KindPeoplesCouncil, KindPeoplesCommittee,
	KindDepartment, KindSteeringCommittee, KindMassOrganisation, KindPublicService,
	KindPolice, KindMilitary, KindAdministrative, KindOther}

// Level is the administrative level of an organisation.
type Level string

// Levels. District level is historical since 1/7/2025.
const (
	LevelCentral  Level = "central"
	LevelProvince Level = "province"
	LevelDistrict Level = "district"
	LevelCommune  Level = "commune"
)

// Levels lists every level.
var Levels = []Level{LevelCentral, LevelProvince, LevelDistrict, LevelCommune}

// Org is an organisation (đơn vị, cơ quan) in the tree.
type Org struct {
	ID          int64   `json:"id"`
	Code        string  `json:"code"`   // unique short code, e.g. "HBT-PHOHUE"
	Abbrev      string  `json:"abbrev"` // customary abbreviation, e.g. "UBND"
	Name        string  `json:"name"`   // "UBND phường Phố Huế"
	Kind        OrgKind `json:"kind"`
	Level       Level   `json:"level"`
	ParentID    *int64  `json:"parent_id"`
	ValidFrom   vn.Date `json:"valid_from"`
	ValidTo     vn.Date `json:"valid_to"`
	SuccessorID *int64  `json:"successor_id"`
	// MemberIDs are the member organisations of a steering committee.
	MemberIDs []int64 `json:"member_ids"`
	Version   int     `json:"version"`
}

// Clone returns a deep copy of o (nil for nil): the copy shares no
// pointer or slice with o.
func (o *Org) Clone() *Org {
	if o == nil {
		return nil
	}
	c := *o
	c.ParentID, c.SuccessorID = CloneID(o.ParentID), CloneID(o.SuccessorID)
	c.MemberIDs = slices.Clone(o.MemberIDs)
	return &c
}

// CloneID returns a pointer to a copy of *p, or nil for nil.
func CloneID(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// ActiveOn tells whether the organisation exists on d.
func (o *Org) ActiveOn(d vn.Date) bool {
	if !o.ValidFrom.IsZero() && d.Before(o.ValidFrom) {
		return false
	}
	return o.ValidTo.IsZero() || !d.After(o.ValidTo)
}

// EndedBy tells whether the organisation has ended on or before d (its
// ValidTo is before d): such a body takes no new work dated d.
func (o *Org) EndedBy(d vn.Date) bool { return !o.ValidTo.IsZero() && d.After(o.ValidTo) }

// Validate checks the fields a caller sets.
func (o *Org) Validate() error {
	var v Validator
	v.Check(o.Code != "" && len(o.Code) <= 40, "code", "Mã đơn vị là bắt buộc (tối đa 40 ký tự)")
	v.Check(o.Name != "", "name", "Tên đơn vị là bắt buộc")
	v.Text("name", o.Name, MaxShortText)
	v.Text("abbrev", o.Abbrev, MaxShortText)
	v.Check(contains(OrgKinds, o.Kind), "kind", "Loại đơn vị không hợp lệ")
	v.Check(contains(Levels, o.Level), "level", "Cấp không hợp lệ")
	if !o.ValidFrom.IsZero() && !o.ValidTo.IsZero() {
		v.Check(!o.ValidTo.Before(o.ValidFrom), "valid_to", "Ngày hết hiệu lực phải sau ngày bắt đầu")
	}
	v.Input(o)
	return v.Err()
}

// OrgFilter selects organisations. Nil fields do not filter.
type OrgFilter struct {
	IDs      []int64
	ParentID *int64
	Code     *string
	Query    string // diacritic-insensitive name search
}

// OrgStore persists organisations.
type OrgStore interface {
	// FindOrgByID returns ENOTFOUND if there is none.
	FindOrgByID(ctx context.Context, id int64) (*Org, error)
	// FindOrgByCode returns ENOTFOUND if there is none.
	FindOrgByCode(ctx context.Context, code string) (*Org, error)
	// FindOrgs returns every organisation matching f, ordered by code.
	FindOrgs(ctx context.Context, f OrgFilter) ([]*Org, error)
	// OrgTree returns every organisation as a tree. Outside a transaction
	// the tree may be shared with other callers until an organisation
	// changes (an OrgTree is immutable); inside one it is read anew.
	OrgTree(ctx context.Context) (*OrgTree, error)
	// CreateOrg sets o.ID and o.Version; ECONFLICT on a duplicate code.
	CreateOrg(ctx context.Context, o *Org) error
	// UpdateOrg writes o if its Version is current (ECONFLICT otherwise)
	// and increments o.Version.
	UpdateOrg(ctx context.Context, o *Org) error
}

func contains[T comparable](list []T, x T) bool {
	for _, y := range list {
		if x == y {
			return true
		}
	}
	return false
}
