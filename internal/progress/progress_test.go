package progress

import (
	"testing"
	"time"
)

func at(t *testing.T, loc *time.Location, s string) time.Time {
	t.Helper()
	v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// A streak is counted in the learner's days: in Tokyo (UTC+9), 23:30 and
// 00:30 local time are two days though both fall on one UTC date, and
// 14:00 UTC and 16:00 UTC fall on two local days.
func TestStreakAcrossLocalMidnight(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	c := Clock{Loc: tokyo, DayStartHour: 0}
	// 2026-12-01 23:30 and 2026-12-02 00:30 in Tokyo are both 2026-12-01 in UTC.
	times := []time.Time{at(t, tokyo, "2026-12-01 23:30"), at(t, tokyo, "2026-12-02 00:30")}
	if got := Streak(c, times, at(t, tokyo, "2026-12-02 10:00")); got != 2 {
		t.Errorf("Tokyo streak = %d, want 2", got)
	}
	// The same instants seen from UTC fall on one day: a streak of 1.
	if got := Streak(Clock{Loc: time.UTC}, times, at(t, tokyo, "2026-12-02 10:00")); got != 1 {
		t.Errorf("UTC streak = %d, want 1", got)
	}
	// A day skipped breaks it; yesterday's study still counts today.
	if got := Streak(c, times, at(t, tokyo, "2026-12-03 20:00")); got != 2 {
		t.Errorf("streak the next day = %d, want 2 (it stands until the day ends)", got)
	}
	if got := Streak(c, times, at(t, tokyo, "2026-12-04 00:10")); got != 0 {
		t.Errorf("streak after a day without study = %d, want 0", got)
	}
}

// The day-start hour moves the boundary: with days starting at 4 am, 2 am
// belongs to the day before.
func TestDayStartHour(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	c := Clock{Loc: ny, DayStartHour: 4}
	if a, b := c.Day(at(t, ny, "2026-12-01 22:00")), c.Day(at(t, ny, "2026-12-02 02:00")); a != b {
		t.Errorf("22:00 and 02:00 the next night are days %d and %d, want one day", a, b)
	}
	if a, b := c.Day(at(t, ny, "2026-12-02 03:59")), c.Day(at(t, ny, "2026-12-02 04:00")); b != a+1 {
		t.Errorf("03:59 and 04:00 are days %d and %d, want consecutive", a, b)
	}
	if got := c.Day(at(t, ny, "2026-12-02 12:00")).Label(); got != "2 Dec" {
		t.Errorf("label %q", got)
	}
	// Across the change from daylight time, days stay consecutive.
	if a, b := c.Day(at(t, ny, "2026-11-01 12:00")), c.Day(at(t, ny, "2026-11-02 12:00")); b != a+1 {
		t.Errorf("days around the clock change: %d, %d", a, b)
	}
}

func TestAccuracy(t *testing.T) {
	c := Clock{Loc: time.UTC}
	base := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	if got := Accuracy(c, nil, 30); len(got) != 0 {
		t.Errorf("no answers: %v", got)
	}
	got := Accuracy(c, []Answer{{base, 1}}, 30)
	if len(got) != 1 || got[0].Percent() != 100 || got[0].Total != 1 {
		t.Errorf("one answer: %+v", got)
	}
	var many []Answer
	for d := range 40 {
		for i := range 4 {
			score := 0.0
			if i < d%5 {
				score = 1
			}
			many = append(many, Answer{base.AddDate(0, 0, -d).Add(time.Duration(i) * time.Minute), score})
		}
	}
	got = Accuracy(c, many, 30)
	if len(got) != 30 {
		t.Fatalf("%d points, want the last 30 days", len(got))
	}
	if got[29].Day != c.Day(base) || got[0].Day != c.Day(base)-29 {
		t.Errorf("days %d..%d, want the 30 ending %d", got[0].Day, got[29].Day, c.Day(base))
	}
	for _, p := range got {
		d := int(c.Day(base) - p.Day)
		if want := min(d%5, 4); p.Value != want || p.Total != 4 {
			t.Errorf("day -%d: %d of %d, want %d of 4", d, p.Value, p.Total, want)
		}
	}
	if (Point{Marks: 1, Total: 3}).Percent() != 33 || (Point{Marks: 2, Total: 3}).Percent() != 67 {
		t.Error("percent rounding")
	}
	// A half-right answer counts half: right, half right and wrong make
	// 1.5 marks of 3, one answer wholly right.
	got = Accuracy(c, []Answer{{base, 1}, {base, 0.5}, {base, 0}}, 30)
	if len(got) != 1 || got[0].Marks != 1.5 || got[0].Value != 1 || got[0].Percent() != 50 {
		t.Errorf("partly right: %+v", got)
	}
}

func TestPerDayAndForecast(t *testing.T) {
	c := Clock{Loc: time.UTC}
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	today := c.Day(now)
	if got := PerDay(c, nil, today, 30); len(got) != 30 || got[29].Day != today || got[0].Value != 0 {
		t.Errorf("no reviews: %+v", got)
	}
	got := PerDay(c, []time.Time{now, now.Add(-time.Hour), now.AddDate(0, 0, -3), now.AddDate(0, 0, -40), now.AddDate(0, 0, 1)}, today, 30)
	if got[29].Value != 2 || got[26].Value != 1 || sum(got) != 3 {
		t.Errorf("reviews per day: today %d, 3 days ago %d, sum %d", got[29].Value, got[26].Value, sum(got))
	}
	f := Forecast(c, nil, today, 30)
	if len(f) != 30 || f[0].Day != today || sum(f) != 0 {
		t.Errorf("empty forecast: %+v", f)
	}
	f = Forecast(c, []time.Time{now.AddDate(0, 0, -5), now.Add(time.Hour), now.AddDate(0, 0, 2), now.AddDate(0, 0, 29), now.AddDate(0, 0, 30)}, today, 30)
	if f[0].Value != 2 || f[2].Value != 1 || f[29].Value != 1 || sum(f) != 4 {
		t.Errorf("forecast: %+v", f)
	}
}

func sum(ps []Point) int {
	n := 0
	for _, p := range ps {
		n += p.Value
	}
	return n
}
