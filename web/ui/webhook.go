package ui

import (
	"net/http"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// Webhooks on the reminder administration page: create one (its secret is
// shown once, on the answer to the creation), switch it off or on, and
// read its delivery log (/don-doc/webhook/{id}).

// webhookCreateForm: POST /don-doc/{id}/webhook
func (s *Server) webhookCreateForm(w http.ResponseWriter, r *http.Request) error {
	org, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	hook, err := s.svc.CreateWebhook(r.Context(), service.WebhookInput{OrgID: org, URL: fr.str("url"),
		AllowPrivate: fr.checked("allow_private")})
	if err != nil {
		return s.remindersFormError(w, r, org, err, func(d *remindersPageData) {
			d.HookForm = newForm(vals).withError(err, nil)
		})
	}
	d, err := s.loadRemindersPage(r, org)
	if err != nil {
		return err
	}
	// No redirect: the secret exists nowhere else the user can read it.
	d.NewSecret, d.NewHook = hook.Secret, hook
	s.render(w, r, http.StatusCreated, "reminders", &page{Data: d, Notice: notice(r, "notice.webhook-created")})
	return nil
}

// webhookSwitchForm: POST /don-doc/webhook/{id}/tat and /bat
func (s *Server) webhookSwitchForm(active bool) httpx.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := httpx.PathID(r, "id")
		if err != nil {
			return err
		}
		hook, err := s.svc.SetWebhookActive(r.Context(), id, active)
		if err != nil {
			return err
		}
		msg := "webhook-off"
		if active {
			msg = "webhook-on"
		}
		s.redirect(w, r, remindersURL(hook.OrgID, msg))
		return nil
	}
}

// deliveriesData is the Data of a webhook's delivery log.
type deliveriesData struct {
	Hook    *tiendo.Webhook
	OrgName string
	Entries []service.DeliveryLogEntry
	Total   int
	Pager   pager
}

// webhookPage: GET /don-doc/webhook/{id}?trang=N — the delivery log.
func (s *Server) webhookPage(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	hook, err := s.svc.GetWebhook(r.Context(), id)
	if err != nil {
		return err
	}
	p := tiendo.Page{PerPage: 25}
	if n, err := strconv.Atoi(r.URL.Query().Get("trang")); err == nil && n > 0 {
		p.Page = n
	}
	p = p.Normalize()
	d := &deliveriesData{Hook: hook}
	if d.Entries, d.Total, err = s.svc.DeliveryLog(r.Context(), id, p); err != nil {
		return err
	}
	if o, err := s.svc.GetOrg(r.Context(), hook.OrgID); err == nil {
		d.OrgName = o.Name
	}
	d.Pager = newPager(r.URL, p, d.Total)
	s.render(w, r, http.StatusOK, "webhook", &page{Data: d})
	return nil
}
