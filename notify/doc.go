// Package notify delivers what the reminder rules decided (service.RunReminders):
// mail over SMTP (go-mail) and signed webhooks through an SSRF-safe dialer,
// from the database outbox, with leases so that any number of instances
// share the work and a dead instance's deliveries are picked up by another.
// Scheduler runs the rules, the digests and the outbox on a ticker driven
// by a tiendo.Clock.
package notify
