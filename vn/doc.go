// Package vn holds the Vietnamese-specific rules the rest of Tiến Độ builds
// on: diacritic-insensitive folding for search, civil dates and the ways
// Vietnamese text writes them, number formatting, document numbers
// (số, ký hiệu), deadline phrases, reporting periods with their cut-offs, and
// working days.
//
// Everything here is pure and deterministic: nothing reads the clock or the
// environment, so callers pass reference dates explicitly.
package vn
