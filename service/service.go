// Package service holds the use cases of Tiến Độ: who may do what to which
// task, the lifecycle, extensions, delegation, and the audit trail. It knows
// nothing of HTTP or SQL: it works on a tiendo.Store and a tiendo.Clock.
package service

import (
	"context"

	"tiendo"
	"tiendo/vn"
)

// Service carries out the use cases for an actor taken from the context.
type Service struct {
	store      tiendo.Store
	clock      tiendo.Clock
	rules      tiendo.Rules
	statsCache statsCache  // recent statistics, valid while the data version holds
	closed     closedCache // decoded figures of closings in force, by closing id
	passwords  *passwordGate
	tokens     *tokenCache // verified API tokens (tokencache.go)
}

// New returns a service over store.
func New(store tiendo.Store, clock tiendo.Clock, rules tiendo.Rules) *Service {
	return &Service{store: store, clock: clock, rules: rules,
		passwords: newPasswordGate(DefaultPasswordSlots, DefaultPasswordQueue, passwordWait), tokens: &tokenCache{}}
}

// Rules returns the configured rules.
func (s *Service) Rules() tiendo.Rules { return s.rules }

// Clock returns the service clock.
func (s *Service) Clock() tiendo.Clock { return s.clock }

// today is the current civil date in Vietnam.
func (s *Service) today() vn.Date { return tiendo.Today(s.clock) }

// actor returns the context's actor or EUNAUTHENTICATED.
func actor(ctx context.Context) (*tiendo.Actor, error) {
	a := tiendo.ActorFromContext(ctx)
	if a == nil {
		return nil, tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Cần đăng nhập")
	}
	return a, nil
}

// withScope loads the actor and the organisation tree in one step, the start
// of every use case.
func (s *Service) withScope(ctx context.Context) (*scope, error) {
	a, err := actor(ctx)
	if err != nil {
		return nil, err
	}
	tree, err := s.store.OrgTree(ctx)
	if err != nil {
		return nil, err
	}
	return newScope(a, tree), nil
}
