// Package progress turns a learner's dated activity into what the progress
// page shows: their days, counted in their time zone from the hour their
// day starts; accuracy per day of activity; reviews per day; the cards
// falling due per day ahead; and the streak of days in a row with some
// study. It is pure: no HTTP, no SQL, time passed in.
package progress

import (
	"math"
	"slices"
	"time"
)

// Clock places times in a learner's days: a day runs from DayStartHour in
// Loc to the same hour the next day.
type Clock struct {
	Loc          *time.Location
	DayStartHour int
}

// NewClock returns the clock of a time zone name and a day-start hour; an
// unknown zone counts as UTC.
func NewClock(zone string, dayStartHour int) Clock {
	loc, err := time.LoadLocation(zone)
	if err != nil {
		loc = time.UTC
	}
	return Clock{Loc: loc, DayStartHour: dayStartHour}
}

// Day is a learner's day, numbered from 1 January 1970: consecutive days
// have consecutive numbers, whatever the clocks did in between.
type Day int64

// Date returns the calendar date the day is named by.
func (d Day) Date() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// Label names the day briefly, as "2 Dec".
func (d Day) Label() string { return d.Date().Format("2 Jan") }

// Day returns the learner's day that t falls in.
func (c Clock) Day(t time.Time) Day {
	loc := c.Loc
	if loc == nil {
		loc = time.UTC
	}
	local := t.In(loc)
	y, m, dd := local.Date()
	// Before the day-start hour, the time still belongs to the day before.
	if local.Hour() < c.DayStartHour {
		dd--
	}
	return Day(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// Answer is one answer to a question.
type Answer struct {
	At    time.Time
	Score float64 // the share of the marks it earned: 1 right, 0.5 half right
}

// Point is one day's figure: for accuracy, Marks earned out of Total
// answers, Value of them wholly right and Partly partly right; else a
// count in Value with Total 0.
type Point struct {
	Day    Day
	Value  int
	Total  int
	Marks  float64
	Partly int
}

// Percent is Marks out of Total as a whole percentage (0 with no total):
// a half-right answer counts half, as on the results page.
func (p Point) Percent() int {
	if p.Total == 0 {
		return 0
	}
	return int(math.Round(p.Marks * 100 / float64(p.Total)))
}

// Accuracy returns, for each of the last max days on which the learner
// answered, the answers right out of those given, oldest first.
func Accuracy(c Clock, answers []Answer, max int) []Point {
	byDay := map[Day]*Point{}
	var days []Day
	for _, a := range answers {
		d := c.Day(a.At)
		p, ok := byDay[d]
		if !ok {
			p = &Point{Day: d}
			byDay[d] = p
			days = append(days, d)
		}
		p.Total++
		p.Marks += a.Score
		if a.Score >= 1 {
			p.Value++
		} else if a.Score > 0 {
			p.Partly++
		}
	}
	slices.Sort(days)
	if len(days) > max {
		days = days[len(days)-max:]
	}
	out := make([]Point, 0, len(days))
	for _, d := range days {
		out = append(out, *byDay[d])
	}
	return out
}

// PerDay counts the times falling in each of the n days ending with last,
// oldest first; every day has a point, zero or not.
func PerDay(c Clock, times []time.Time, last Day, n int) []Point {
	first := last - Day(n) + 1
	out := make([]Point, n)
	for i := range out {
		out[i].Day = first + Day(i)
	}
	for _, t := range times {
		if d := c.Day(t); d >= first && d <= last {
			out[d-first].Value++
		}
	}
	return out
}

// Forecast counts the cards falling due in each of the n days from today,
// today first: a card overdue already counts today.
func Forecast(c Clock, due []time.Time, today Day, n int) []Point {
	out := make([]Point, n)
	for i := range out {
		out[i].Day = today + Day(i)
	}
	for _, t := range due {
		d := max(c.Day(t), today)
		if d < today+Day(n) {
			out[d-today].Value++
		}
	}
	return out
}

// Streak counts the days in a row, ending today, on which the learner
// answered or reviewed something. A streak that reached yesterday still
// stands today, until the day ends without study.
func Streak(c Clock, times []time.Time, now time.Time) int {
	studied := map[Day]bool{}
	for _, t := range times {
		studied[c.Day(t)] = true
	}
	d := c.Day(now)
	if !studied[d] {
		d--
	}
	n := 0
	for studied[d] {
		n++
		d--
	}
	return n
}
