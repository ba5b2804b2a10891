package srs

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

func TestSimulate(t *testing.T) {
	// The first reviews of ts-fsrs's FSRS-6 ivl_history sequence, then Again
	// and Hard, with a comment, a blank line, a number rating and an offset
	// time. The expected values are ts-fsrs 5.4.1's for the same reviews.
	in := `# one card
2022-12-29T12:30:00Z good

2022-12-29T12:40:00Z 3
  2022-12-31T13:40:00+01:00   Good
2023-01-11T12:40:00Z again
2023-01-11T12:50:00Z hard
`
	var out bytes.Buffer
	if err := Simulate(strings.NewReader(in), &out, DefaultParams()); err != nil {
		t.Fatalf("Simulate: %v", err)
	}
	want := []struct {
		review, rating, state, due string
		days                       int
		s, d                       float64
	}{
		{"2022-12-29T12:30:00Z", "good", "learning", "2022-12-29T12:40:00Z", 0, 2.3065, 2.11810397},
		{"2022-12-29T12:40:00Z", "good", "review", "2022-12-31T12:40:00Z", 2, 2.3065, 2.11121424},
		{"2022-12-31T12:40:00Z", "good", "review", "2023-01-11T12:40:00Z", 11, 10.97104786, 2.1043314},
		{"2023-01-11T12:40:00Z", "again", "relearning", "2023-01-11T12:50:00Z", 0, 1.5390125, 7.38997579},
		{"2023-01-11T12:50:00Z", "hard", "relearning", "2023-01-11T13:05:00Z", 0, 1.5390125, 8.25257267},
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out.String())
	}
	for i, line := range lines {
		var got SimulatedReview
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&got); err != nil {
			t.Fatalf("line %d %q: %v", i+1, line, err)
		}
		w := want[i]
		if got.Review != w.review || got.Rating.String() != w.rating || got.State.String() != w.state ||
			got.Due != w.due || got.IntervalDays != w.days {
			t.Errorf("line %d = %s\nwant review %s rating %s state %s due %s interval %d", i+1, line, w.review, w.rating, w.state, w.due, w.days)
		}
		if !near(got.Stability, w.s, 1e-6) || !near(got.Difficulty, w.d, 1e-6) {
			t.Errorf("line %d: S, D = %v, %v, want %v, %v", i+1, got.Stability, got.Difficulty, w.s, w.d)
		}
	}
	// Field names and order as documented.
	const prefix = `{"review":"2022-12-29T12:30:00Z","rating":"good","state":"learning","stability":2.3065,"difficulty":`
	if !strings.HasPrefix(lines[0], prefix) || !strings.HasSuffix(lines[0], `"due":"2022-12-29T12:40:00Z","interval_days":0}`) {
		t.Errorf("first line %s, want it to start %s and end with due and interval_days", lines[0], prefix)
	}
}

func TestSimulateMatchesReview(t *testing.T) {
	// Simulate is Review applied line by line, fuzz included.
	p := DefaultParams()
	p.EnableFuzz = true
	s := mustScheduler(t, p)
	card := NewCard(t0)
	now := t0
	var in strings.Builder
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	for i, r := range []Rating{Good, Good, Good, Easy, Good, Again, Good, Hard, Good, Good} {
		if i > 0 {
			now = card.Due.Add(time.Duration(i) * time.Hour)
		}
		in.WriteString(now.Format(time.RFC3339) + " " + r.String() + "\n")
		card, _ = s.Review(card, r, now)
		if err := enc.Encode(SimulatedReview{
			Review: now.Format(time.RFC3339), Rating: r, State: card.State, Stability: card.Stability,
			Difficulty: card.Difficulty, Due: card.Due.Format(time.RFC3339), IntervalDays: card.ScheduledDays,
		}); err != nil {
			t.Fatal(err)
		}
	}
	var got bytes.Buffer
	if err := Simulate(strings.NewReader(in.String()), &got, p); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("Simulate output:\n%s\nwant:\n%s", got.String(), want.String())
	}
}

func TestSimulateBadLines(t *testing.T) {
	good := "2024-01-01T10:00:00Z good\n"
	for _, tc := range []struct {
		name   string
		in     string
		line   int
		reason string
		lines  int // output lines written before the error
	}{
		{"bad time", good + "2024-13-01T10:10:00Z good\n", 2, `time "2024-13-01T10:10:00Z" is not RFC 3339`, 1},
		{"unknown rating", good + "2024-01-01T10:10:00Z meh\n", 2, `unknown rating "meh"`, 1},
		{"rating 0", "# c\n2024-01-01T10:10:00Z 0\n", 2, `unknown rating "0"`, 0},
		{"time goes back", good + "2024-01-01T10:10:00Z good\n2024-01-01T10:05:00Z easy\n", 3,
			"review time 2024-01-01T10:05:00Z is before the previous review at 2024-01-01T10:10:00Z", 2},
		{"missing rating", good + "2024-01-01T10:10:00Z\n", 2, "got 1 fields", 1},
		{"extra field", good + "2024-01-01T10:10:00Z good now\n", 2, "got 3 fields", 1},
		{"stops at the first bad line", good + "x y\n2024-01-02T10:00:00Z good\n", 2, "not RFC 3339", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			err := Simulate(strings.NewReader(tc.in), &out, DefaultParams())
			var le *LineError
			if !errors.As(err, &le) {
				t.Fatalf("error %v, want a *LineError", err)
			}
			if le.Line != tc.line || !strings.Contains(le.Reason, tc.reason) {
				t.Errorf("error %q, want line %d and %q", err, tc.line, tc.reason)
			}
			if !strings.HasPrefix(err.Error(), "line ") {
				t.Errorf("error %q does not start with the line number", err)
			}
			if n := strings.Count(out.String(), "\n"); n != tc.lines {
				t.Errorf("%d lines written, want %d:\n%s", n, tc.lines, out.String())
			}
		})
	}
}

func TestSimulateEmptyAndInvalidParams(t *testing.T) {
	var out bytes.Buffer
	if err := Simulate(strings.NewReader("\n# nothing\n   \n"), &out, DefaultParams()); err != nil || out.Len() != 0 {
		t.Errorf("empty input: %v, output %q", err, out.String())
	}
	p := DefaultParams()
	p.DesiredRetention = 2
	if err := Simulate(strings.NewReader("2024-01-01T10:00:00Z good\n"), &out, p); err == nil || out.Len() != 0 {
		t.Errorf("invalid params: error %v, output %q", err, out.String())
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

func TestSimulateWriteError(t *testing.T) {
	var in strings.Builder
	for i := range 2000 { // more than the output buffer holds
		in.WriteString(t0.Add(time.Duration(i)*time.Hour).Format(time.RFC3339) + " good\n")
	}
	if err := Simulate(strings.NewReader(in.String()), failingWriter{}, DefaultParams()); !errors.Is(err, io.ErrClosedPipe) {
		t.Errorf("error %v, want the writer's", err)
	}
}

func TestParseSteps(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []time.Duration
		err  string
	}{
		{"", nil, ""},
		{"  ", nil, ""},
		{"1m,10m", []time.Duration{time.Minute, 10 * time.Minute}, ""},
		{" 10m , 1h, 1d ", []time.Duration{10 * time.Minute, time.Hour, 24 * time.Hour}, ""},
		{"1h30m,2d", []time.Duration{90 * time.Minute, 48 * time.Hour}, ""},
		{"120s", []time.Duration{2 * time.Minute}, ""},
		{"1m,,10m", nil, `step 2 "": empty step`},
		{"10", nil, `step 1 "10": want a duration`},
		{"ten minutes", nil, `step 1 "ten minutes"`},
		{"30s", nil, "not a positive whole number of minutes"},
		{"0m", nil, "not a positive whole number of minutes"},
		{"-5m", nil, "not a positive whole number of minutes"},
		{"1.5d", nil, "whole number of days"},
		{"0d", nil, "out of range"},
	} {
		got, err := ParseSteps(tc.in)
		if tc.err == "" {
			if err != nil || !equalSteps(got, tc.want) {
				t.Errorf("ParseSteps(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("ParseSteps(%q) error %v, want one containing %q", tc.in, err, tc.err)
		}
	}
}

func equalSteps(a, b []time.Duration) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestParseWeights(t *testing.T) {
	def := "0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542"
	w, err := ParseWeights(def)
	if err != nil || w != DefaultWeights {
		t.Errorf("ParseWeights(defaults) = %v, %v", w, err)
	}
	// FSRS-5 (19) and FSRS-4.5 (17) sets are filled to 21.
	w5 := "0.40255,1.18385,3.173,15.69105,7.1949,0.5345,1.4604,0.0046,1.54575,0.1192,1.01925,1.9395,0.11,0.29605,2.2698,0.2315,2.9898,0.51655,0.6621"
	if w, err := ParseWeights(w5); err != nil || w[18] != 0.6621 || w[19] != 0 || w[20] != 0.5 {
		t.Errorf("ParseWeights(FSRS-5) = %v, %v", w, err)
	}
	w45 := "0.4,0.6,2.4,5.8,4.93,0.94,0.86,0.01,1.49,0.14,0.94,2.18,0.05,0.34,1.26,0.29,2.61"
	if w, err := ParseWeights(w45); err != nil || !near(w[4], 6.81, 1e-9) || !near(w[5], 0.44675014, 1e-8) ||
		!near(w[6], 1.36, 1e-9) || w[17] != 0 || w[18] != 0 || w[19] != 0 || w[20] != 0.5 {
		t.Errorf("ParseWeights(FSRS-4.5) = %v, %v", w, err)
	}
	for _, tc := range []struct{ in, err string }{
		{"", "got 0"},
		{"1,2,3", "got 3"},
		{def + ",1", "got 22"},
		{strings.Replace(def, "0.796", "abc", 1), `weight w10 "abc" is not a finite number`},
		{strings.Replace(def, "0.796", "NaN", 1), `weight w10 "NaN"`},
		{strings.Replace(def, "0.796", "+Inf", 1), `weight w10 "+Inf"`},
		{strings.Replace(def, "0.796", "", 1), `weight w10 ""`},
	} {
		if _, err := ParseWeights(tc.in); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("ParseWeights(%.30q…) error %v, want one containing %q", tc.in, err, tc.err)
		}
	}
}
