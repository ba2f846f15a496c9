package main

import (
	"testing"
	"time"

	"github.com/yuebao/yuebao/internal/archive"
	"github.com/yuebao/yuebao/model"
)

// --on reads MM-DD or today, and a span holds a day of the year in any of
// its years, across a new year too.
func TestOnThisDay(t *testing.T) {
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	if m, d, err := dayOfYear("today", now); err != nil || m != 12 || d != 3 {
		t.Errorf("today: %d-%d %v", m, d, err)
	}
	for _, bad := range []string{"13-01", "02-32", "x"} {
		if _, _, err := dayOfYear(bad, now); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	span := func(a, b model.Date) model.DateRange { return model.DateRange{Start: a, End: b} }
	for _, tt := range []struct {
		s          model.DateRange
		month, day int
		want       bool
	}{
		{span(model.MakeDate(2023, 11, 1), model.MakeDate(2023, 11, 1)), 11, 1, true},
		{span(model.MakeDate(2023, 11, 1), model.MakeDate(2023, 11, 1)), 11, 2, false},
		{span(model.MakeDate(2023, 12, 28), model.MakeDate(2024, 1, 3)), 1, 2, true},
		{span(model.MakeDate(2023, 12, 28), model.MakeDate(2024, 1, 3)), 1, 4, false},
		{span(model.MakeDate(2023, 11, 0), model.MakeDate(2023, 11, 0)), 11, 1, false}, // a month, not a day
	} {
		if got := archive.SpansDay(tt.s, tt.month, tt.day); got != tt.want {
			t.Errorf("%v holds %d-%d: %v, want %v", tt.s, tt.month, tt.day, got, tt.want)
		}
	}
}
