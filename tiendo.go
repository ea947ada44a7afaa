// Package tiendo holds the domain of Tiến Độ, a system for following up
// directive tasks in Vietnamese government: organisations, people and
// accounts, directive documents, tasks with their lifecycle, progress
// updates, extensions and the audit log, plus the store interfaces that the
// SQL engines implement. It imports only the standard library and vn.
package tiendo

import (
	"time"

	"tiendo/vn"
)

// Clock tells the time. Every time-dependent rule takes one so tests can move
// time instead of waiting.
type Clock interface {
	Now() time.Time
}

// SystemClock is the wall clock.
type SystemClock struct{}

// Now returns the current time.
func (SystemClock) Now() time.Time { return time.Now() }

// FixedClock always returns T; tests use it and move T.
type FixedClock struct{ T time.Time }

// Now returns c.T.
func (c *FixedClock) Now() time.Time { return c.T }

// Today is the civil date of now in Vietnam.
func Today(c Clock) vn.Date { return vn.DateOf(c.Now()) }

// Rules are the configurable rules of docs/DOMAIN.md (§7, §8, §10), with their defaults.
type Rules struct {
	// MaxExtensions is how many extensions a task may be granted (default
	// 1) while no RulesVersion is in force (rules.go); a version overrides it.
	MaxExtensions int
	// DefaultDeadlineWorkingDays sets the deadline of a task given none
	// (default 10 working days after assignment) while no RulesVersion is
	// in force on the assignment date.
	DefaultDeadlineWorkingDays int
	// MaxAttachmentBytes bounds one uploaded file (default 20 MiB).
	MaxAttachmentBytes int64
	// MaxAttachments bounds the files of one progress report (default 20).
	MaxAttachments int
	// MaxAttachmentsTotalBytes bounds the files of one report together
	// (default 80 MiB, four files at the per-file limit).
	MaxAttachmentsTotalBytes int64
	// Cutoffs are the reporting-period cut-offs (default NĐ 09/2019: the 15th).
	Cutoffs vn.Cutoffs
	// RecurringHorizonDays is how far ahead instances of recurring tasks are
	// created (default 31 days).
	RecurringHorizonDays int
}

// DefaultRules returns the defaults docs/DOMAIN.md names.
func DefaultRules() Rules {
	return Rules{
		MaxExtensions:              1,
		DefaultDeadlineWorkingDays: 10,
		MaxAttachmentBytes:         20 << 20,
		MaxAttachments:             20,
		MaxAttachmentsTotalBytes:   80 << 20,
		Cutoffs:                    vn.DefaultCutoffs(),
		RecurringHorizonDays:       31,
	}
}

// Page asks for one page of a list. Page numbers start at 1.
type Page struct {
	Page    int
	PerPage int
}

// MaxPerPage bounds a page so no request can ask for the whole table.
const MaxPerPage = 500

// MaxPage bounds the page number: past it every list is empty anyway (half
// a billion rows at the largest page size), and the row offset it implies
// stays far from overflowing.
const MaxPage = 1 << 20

// Normalize fills defaults and clamps bounds.
func (p Page) Normalize() Page {
	if p.Page < 1 {
		p.Page = 1
	}
	if p.Page > MaxPage {
		p.Page = MaxPage
	}
	if p.PerPage < 1 {
		p.PerPage = 50
	}
	if p.PerPage > MaxPerPage {
		p.PerPage = MaxPerPage
	}
	return p
}

// Offset is the number of rows before the page.
func (p Page) Offset() int { p = p.Normalize(); return (p.Page - 1) * p.PerPage }
