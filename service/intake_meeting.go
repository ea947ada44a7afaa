package service

import (
	"context"

	"tiendo"
	"tiendo/vn"
)

// A meeting's conclusion notice goes through intake like any text: the
// office pastes it on the meeting's page, reviews the proposal, and the
// commit creates the tasks as the meeting's conclusions — category
// "conclusion", assigned on the meeting day, linked to the meeting — in
// the transaction that commits the proposal.

// ProposeConclusions reads a meeting's conclusion notice into a proposal,
// with the meeting's date as the document date. The proposal files its
// tasks under the notice: the one the text cites (a TB or KL number), else
// the one recorded on the meeting, else none. Those who run the meeting and
// may use intake (office, admin) may.
func (s *Service) ProposeConclusions(ctx context.Context, meetingID int64, in IntakeInput) (*tiendo.Proposal, error) {
	m, sc, err := s.visibleMeeting(ctx, s.store, meetingID)
	if err != nil {
		return nil, err
	}
	if !sc.has(m.OrgID, tiendo.MeetingRunners...) {
		return nil, forbidden("ghi kết luận phiên họp này")
	}
	if in.Date.IsZero() {
		in.Date = m.Date
	}
	p, err := s.Propose(ctx, in)
	if err != nil {
		return nil, err
	}
	doc := noticeDocument(m, p.Document)
	if doc == p.Document {
		return p, nil
	}
	return s.UpdateProposal(ctx, p.ID, ProposalPatch{Version: p.Version, Document: &doc})
}

// noticeDocument is the document a meeting's conclusions are filed under:
// the proposed one when it is a notice or conclusion (the text's own
// number), else the notice recorded on the meeting, else none — never a
// plan the notice merely cites.
func noticeDocument(m *tiendo.Meeting, proposed tiendo.ProposalDoc) tiendo.ProposalDoc {
	if isNoticeNumber(proposed.Number) {
		return proposed
	}
	if m.NoticeNo != "" {
		return tiendo.ProposalDoc{Number: m.NoticeNo, Date: m.NoticeOn, Summary: "Thông báo kết luận " + m.Title}
	}
	return tiendo.ProposalDoc{}
}

func isNoticeNumber(number string) bool {
	return categoryOf(number) == tiendo.CategoryConclusion
}

// CommitConclusions commits a proposal as the conclusions of a meeting, in
// one transaction: the tasks of Commit, each a conclusion assigned on the
// meeting day and linked to the meeting. When the proposal files them
// under a notice and the meeting has none recorded, the notice is recorded
// as issued on its date.
func (s *Service) CommitConclusions(ctx context.Context, meetingID, proposalID int64, version int) (*tiendo.Proposal, []*tiendo.Task, error) {
	var out *tiendo.Proposal
	var tasks []*tiendo.Task
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		m, sc, err := s.visibleMeeting(ctx, st, meetingID)
		if err != nil {
			return err
		}
		if !sc.has(m.OrgID, tiendo.MeetingRunners...) {
			return forbidden("ghi kết luận phiên họp này")
		}
		base := TaskInput{Category: tiendo.CategoryConclusion, AssignedOn: m.Date}
		if out, tasks, err = s.commitProposal(ctx, st, proposalID, version, base); err != nil {
			return err
		}
		for _, t := range tasks {
			if err := st.LinkConclusion(ctx, m.ID, t.ID); err != nil {
				return err
			}
		}
		if err := s.recordNotice(ctx, st, m, out.Document); err != nil {
			return err
		}
		return s.audit(ctx, st, "meeting.conclude", "meeting", m.ID, nil, &m.OrgID, nil, taskIDsOf(tasks))
	})
	if err != nil {
		return nil, nil, err
	}
	return out, tasks, nil
}

// recordNotice records doc as the meeting's issued notice when the meeting
// has none and doc is a notice dated on or after the meeting.
func (s *Service) recordNotice(ctx context.Context, st tiendo.Store, m *tiendo.Meeting, doc tiendo.ProposalDoc) error {
	if m.NoticeNo != "" || !isNoticeNumber(doc.Number) || doc.Date.IsZero() || doc.Date.Before(m.Date) {
		return nil
	}
	before := *m
	m.NoticeNo, m.NoticeOn = doc.Number, doc.Date
	if n, err := vn.ParseDocNumber(doc.Number); err == nil {
		m.NoticeNo = n.Canonical()
	}
	if err := st.UpdateMeeting(ctx, m); err != nil {
		return err
	}
	return s.audit(ctx, st, "meeting.update", "meeting", m.ID, nil, &m.OrgID, before, m)
}
