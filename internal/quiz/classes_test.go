package quiz

import (
	"bytes"
	"crypto/rand"
	"strings"
	"testing"
	"time"
)

func TestNewClassCode(t *testing.T) {
	seen := map[string]bool{}
	counts := map[rune]int{}
	for range 2000 {
		code, err := NewClassCode(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if len(code) != ClassCodeLen {
			t.Fatalf("code %q has %d characters", code, len(code))
		}
		for _, r := range code {
			if !strings.ContainsRune(ClassCodeAlphabet, r) {
				t.Fatalf("code %q holds %q", code, r)
			}
			counts[r]++
		}
		if got, err := ParseClassCode(code); err != nil || got != code {
			t.Fatalf("ParseClassCode(%q) = %q, %v", code, got, err)
		}
		seen[code] = true
	}
	if len(seen) < 1990 {
		t.Errorf("only %d distinct codes in 2000", len(seen))
	}
	if len(counts) != len(ClassCodeAlphabet) {
		t.Errorf("%d characters of %d used", len(counts), len(ClassCodeAlphabet))
	}
	for _, bad := range "0O1IL5S2Z8B" {
		if strings.ContainsRune(ClassCodeAlphabet, bad) {
			t.Errorf("the alphabet holds the look-alike %q", bad)
		}
	}
	// Bytes that would bias the draw are skipped, not folded in.
	code, err := NewClassCode(bytes.NewReader(append(bytes.Repeat([]byte{255}, 16), make([]byte, 16)...)))
	if err != nil || code != strings.Repeat(ClassCodeAlphabet[:1], ClassCodeLen) {
		t.Errorf("code from biased bytes: %q, %v", code, err)
	}
}

func TestParseClassCode(t *testing.T) {
	for in, want := range map[string]string{
		"K7PWM3":      "K7PWM3",
		"k7p wm3":     "K7PWM3",
		" k7p-wm3\t":  "K7PWM3",
		"k 7 p w m 3": "K7PWM3",
	} {
		if got, err := ParseClassCode(in); err != nil || got != want {
			t.Errorf("ParseClassCode(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "   ", "K7PWM", "K7PWM3X", "K0PWM3", "K7PWM!", "ÄÄÄÄÄÄ", strings.Repeat("A", 1000)} {
		if _, err := ParseClassCode(in); KindOf(err) != EInvalid || MessageOf(err) == "" {
			t.Errorf("ParseClassCode(%q): %v, want an invalid error with a message", in, err)
		}
	}
}

func FuzzParseClassCode(f *testing.F) {
	for _, s := range []string{"K7PWM3", "k7p wm3", "", "0O1IL5", "ÄÄ", "k-7-p-w-m-3", strings.Repeat(" ", 40) + "A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, err := ParseClassCode(s)
		if err != nil {
			if KindOf(err) != EInvalid {
				t.Fatalf("ParseClassCode(%q): error of kind %s", s, KindOf(err))
			}
			return
		}
		if len(code) != ClassCodeLen {
			t.Fatalf("ParseClassCode(%q) = %q", s, code)
		}
		for _, r := range code {
			if !strings.ContainsRune(ClassCodeAlphabet, r) {
				t.Fatalf("ParseClassCode(%q) = %q holds %q", s, code, r)
			}
		}
		if again, err := ParseClassCode(code); err != nil || again != code {
			t.Fatalf("a parsed code %q does not parse to itself: %q, %v", code, again, err)
		}
		if again, _ := ParseClassCode(strings.ToLower(code[:3]) + " " + code[3:]); again != code {
			t.Fatalf("%q typed in lower case with a space parses to %q", code, again)
		}
	})
}

func TestAssignmentState(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	a := Assignment{DueOn: "2026-12-07"}
	at := func(s string) time.Time {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	var never time.Time
	for _, tc := range []struct {
		done, now string
		loc       *time.Location
		want      string
	}{
		{"", "2026-12-07T22:00:00Z", time.UTC, AssignmentDue},
		{"", "2026-12-08T00:00:00Z", time.UTC, AssignmentLate},
		{"", "2026-12-07T23:30:00Z", paris, AssignmentLate}, // already the 8th in Paris
		{"2026-12-07T23:30:00Z", "2026-12-09T00:00:00Z", time.UTC, AssignmentDone},
		{"2026-12-07T23:30:00Z", "2026-12-09T00:00:00Z", paris, AssignmentLate},
		{"2026-12-01T10:00:00Z", "2026-12-02T00:00:00Z", nil, AssignmentDone},
	} {
		done := never
		if tc.done != "" {
			done = at(tc.done)
		}
		if got := AssignmentState(a, done, at(tc.now), tc.loc); got != tc.want {
			t.Errorf("done %s, now %s in %v: %s, want %s", tc.done, tc.now, tc.loc, got, tc.want)
		}
	}
}
