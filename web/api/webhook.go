package api

import (
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// Webhooks per organisation (issue 7) as JSON: office or admin over the
// organisation. The signing secret is in the answer to the creation only.

// createdWebhook is a new webhook with its secret, shown this once.
type createdWebhook struct {
	*tiendo.Webhook
	Secret string `json:"secret"`
}

// listOrgWebhooks: GET /api/v1/orgs/{id}/webhooks
func (s *Server) listOrgWebhooks(w http.ResponseWriter, r *http.Request) error {
	org, err := s.orgRef(r)
	if err != nil {
		return err
	}
	hooks, err := s.svc.OrgWebhooks(r.Context(), org)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(hooks))
	return nil
}

// webhookInput registers a webhook; the secret is generated when empty.
type webhookInput struct {
	URL          string `json:"url"`
	Secret       string `json:"secret"`
	AllowPrivate bool   `json:"allow_private"`
}

// createOrgWebhook: POST /api/v1/orgs/{id}/webhooks
func (s *Server) createOrgWebhook(w http.ResponseWriter, r *http.Request) error {
	org, err := s.orgRef(r)
	if err != nil {
		return err
	}
	var in webhookInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	hook, err := s.svc.CreateWebhook(r.Context(), service.WebhookInput{OrgID: org, URL: in.URL,
		Secret: in.Secret, AllowPrivate: in.AllowPrivate})
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, createdWebhook{Webhook: hook, Secret: hook.Secret})
	return nil
}

// webhookSwitch: POST /api/v1/webhooks/{id}/disable and /enable
func (s *Server) webhookSwitch(active bool) httpx.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := httpx.PathID(r, "id")
		if err != nil {
			return err
		}
		hook, err := s.svc.SetWebhookActive(r.Context(), id, active)
		if err != nil {
			return err
		}
		httpx.WriteJSON(w, http.StatusOK, hook)
		return nil
	}
}

// listWebhookDeliveries: GET /api/v1/webhooks/{id}/deliveries?page=&per_page=
// — the delivery log, newest first, each delivery with its attempts.
func (s *Server) listWebhookDeliveries(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "page", "per_page")
	p := q.Page()
	if err := q.Err(); err != nil {
		return err
	}
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	log, total, err := s.svc.DeliveryLog(r.Context(), id, p)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(log, total, p))
	return nil
}
