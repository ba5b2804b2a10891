package loadgen

import (
	"fmt"
	"io"
	"slices"
	"sync"
	"text/tabwriter"
	"time"
)

// Routes, as the server names them; Stats are kept per route.
const (
	RouteCourse   = "GET /courses/{slug}"
	RouteStart    = "POST /courses/{slug}/quiz"
	RouteQuestion = "GET /attempts/{id}/q/{n}"
	RouteAnswer   = "POST /attempts/{id}/q/{n}"
	RouteResults  = "GET /attempts/{id}/results"
	RouteReview   = "GET /courses/{slug}/review"
	RouteCard     = "GET /courses/{slug}/review/{card}"
	RouteRate     = "POST /courses/{slug}/review/{card}"
)

var routeOrder = []string{RouteCourse, RouteStart, RouteQuestion, RouteAnswer, RouteResults, RouteReview, RouteCard, RouteRate}

// Stats gathers the latency of every request and the errors, per route.
// It is safe for concurrent use.
type Stats struct {
	mu     sync.Mutex
	lat    map[string][]time.Duration
	errs   map[string]int
	sample map[string]string // one error message per route
}

// NewStats returns empty statistics.
func NewStats() *Stats {
	return &Stats{lat: map[string][]time.Duration{}, errs: map[string]int{}, sample: map[string]string{}}
}

func (s *Stats) ok(route string, d time.Duration) {
	s.mu.Lock()
	s.lat[route] = append(s.lat[route], d)
	s.mu.Unlock()
}

func (s *Stats) fail(route string, err error) {
	s.mu.Lock()
	s.errs[route]++
	if _, ok := s.sample[route]; !ok {
		s.sample[route] = err.Error()
	}
	s.mu.Unlock()
}

// RouteStats is the summary of one route.
type RouteStats struct {
	Route    string
	Requests int // successful
	Errors   int
	PerSec   float64
	Mean     time.Duration
	P50, P99 time.Duration
	Sample   string // one error, if any
}

// Summary returns each route's figures over a run of the given length, in
// the order of a learner's path.
func (s *Stats) Summary(elapsed time.Duration) []RouteStats {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []RouteStats
	for _, r := range routeOrder {
		l := slices.Clone(s.lat[r])
		if len(l) == 0 && s.errs[r] == 0 {
			continue
		}
		slices.Sort(l)
		rs := RouteStats{Route: r, Requests: len(l), Errors: s.errs[r], Sample: s.sample[r]}
		if elapsed > 0 {
			rs.PerSec = float64(len(l)) / elapsed.Seconds()
		}
		if len(l) > 0 {
			var sum time.Duration
			for _, d := range l {
				sum += d
			}
			rs.Mean = sum / time.Duration(len(l))
			rs.P50 = l[len(l)*50/100]
			rs.P99 = l[min(len(l)-1, len(l)*99/100)]
		}
		out = append(out, rs)
	}
	return out
}

// Count is the number of successful requests on route: for a post, the
// writes the server acknowledged with the redirect expected.
func (s *Stats) Count(route string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.lat[route])
}

// Requests is the number of successful requests on every route.
func (s *Stats) Requests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, l := range s.lat {
		n += len(l)
	}
	return n
}

// Errors is the number of failed requests on every route.
func (s *Stats) Errors() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, e := range s.errs {
		n += e
	}
	return n
}

// Print writes the summary as a table.
func (s *Stats) Print(w io.Writer, elapsed time.Duration) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "route\trequests\treq/s\tmean\tp50\tp99\terrors\t")
	var n int
	var sum time.Duration
	for _, r := range s.Summary(elapsed) {
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%s\t%s\t%s\t%d\t\n", r.Route, r.Requests, r.PerSec, ms(r.Mean), ms(r.P50), ms(r.P99), r.Errors)
		n += r.Requests
		sum += r.Mean * time.Duration(r.Requests)
	}
	if n > 0 && elapsed > 0 {
		fmt.Fprintf(tw, "all\t%d\t%.0f\t%s\t\t\t\t\n", n, float64(n)/elapsed.Seconds(), ms(sum/time.Duration(n)))
	}
	tw.Flush()
	for _, r := range s.Summary(elapsed) {
		if r.Sample != "" {
			fmt.Fprintf(w, "first error on %s: %s\n", r.Route, r.Sample)
		}
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }
