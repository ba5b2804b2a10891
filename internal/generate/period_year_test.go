package generate

import (
	"strings"
	"testing"
)

// TestPeriodYearSwap: a year swapped into a sentence that also names a
// period holding the year (a war, the Depression) must fall inside the
// period; with no such year in the article the sentence is not made
// false by its year. The same sentence without the period takes the
// swap.
//
// The sentence's fronted year is its point (a founding): a fronted
// year that is only a circumstance no longer moves at all
// (date_circumstance.go, TestArticleSwapWithinLife).
func TestPeriodYearSwap(t *testing.T) {
	plain := lifeSwap(t, "In 1916, Ada Thorne founded a sketching club in Hull.")
	if want := "True or false? In 1931, Ada Thorne founded a sketching club in Hull."; plain.q.Prompt != want {
		t.Fatalf("want the year swapped without a period named, got %q", plain.q.Prompt)
	}
	war := lifeSwap(t, "In 1916, during the First World War, Ada Thorne founded a sketching club in Hull.")
	if strings.Contains(war.q.Prompt, "1931") {
		t.Errorf("want no year after the war swapped in, got %q", war.q.Prompt)
	}
}

// TestPeriodYearOK: the bounds of each period a sentence names, applied
// only where the sentence's own year falls inside them.
func TestPeriodYearOK(t *testing.T) {
	for _, c := range []struct {
		text  string
		v     float64
		ok    bool
		which string
	}{
		{"After odd jobs in the first months of the Depression, Reyes joined the Orlin studio in 1930.", 1924, false, "before the Depression"},
		{"After odd jobs in the first months of the Depression, Reyes joined the Orlin studio in 1930.", 1933, true, "within the Depression"},
		{"During the Second World War, Reyes drew maps for the navy in 1942.", 1950, false, "after the war"},
		{"During the Second World War, Reyes drew maps for the navy in 1942.", 1940, true, "within the war"},
		{"Reyes served in the First World War and in 1916 was wounded at the Somme.", 1920, false, "after the war"},
		{"In the 1920s the firm grew quickly, and in 1925 it opened a mill in Leeds.", 1931, false, "outside the decade"},
		{"In the 1920s the firm grew quickly, and in 1925 it opened a mill in Leeds.", 1928, true, "inside the decade"},
		{"At the turn of the century the firm moved to Leeds, in 1901.", 1890, false, "far from the turn"},
		{"At the turn of the century the firm moved to Leeds, in 1901.", 1899, true, "near the turn"},
		// The year outside the period: the sentence relates them, no bound.
		{"After the Second World War, in 1947, Reyes opened a studio of his own.", 1952, true, "after the war both"},
		// No period named.
		{"Reyes opened a studio of his own in 1947.", 1924, true, "no period"},
	} {
		x, err := analyse([]string{c.text})
		if err != nil {
			t.Fatal(err)
		}
		s := x.sents[0]
		var sp *span
		for _, o := range s.spans {
			if o.kind == kYear {
				sp = o
			}
		}
		if sp == nil {
			t.Errorf("%q: no year found", c.text)
			continue
		}
		if got := x.periodYearOK(s, sp, c.v); got != c.ok {
			t.Errorf("%s: periodYearOK(%q, %v) = %v, want %v", c.which, c.text, c.v, got, c.ok)
		}
	}
}

// TestPeriodYearAge: in a biography, an age or "as a teenager" bounds the
// year by the birth year the lead gives.
func TestPeriodYearAge(t *testing.T) {
	x, err := analyse([]string{
		"Ada Thorne (6 May 1906 – 2 June 1970) was an English painter.",
		"At the age of 15, Ada Thorne left school in 1921 to work in a mill.",
		"As a teenager, Thorne sold her first drawing in 1923.",
		"Thorne held her first exhibition at the Marlow Gallery in London in 1931.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if born, _ := x.lifeYears(); born != 1906 {
		t.Skipf("lead not read as a biography (born %v)", born)
	}
	year := func(s *sentence) *span {
		for _, o := range s.spans {
			if o.kind == kYear {
				return o
			}
		}
		t.Fatalf("%q: no year", s.text)
		return nil
	}
	for _, c := range []struct {
		i  int
		v  float64
		ok bool
	}{{1, 1931, false}, {1, 1922, true}, {2, 1931, false}, {2, 1924, true}} {
		s := x.sents[c.i]
		if got := x.periodYearOK(s, year(s), c.v); got != c.ok {
			t.Errorf("periodYearOK(%q, %v) = %v, want %v", s.text, c.v, got, c.ok)
		}
	}
}

// TestPeriodYearDecadeSwapped: a decade that is itself the figure swapped
// bounds nothing.
func TestPeriodYearDecadeSwapped(t *testing.T) {
	x, err := analyse([]string{"Reyes spent the early 1980s writing two plays for the Orlin theatre."})
	if err != nil {
		t.Fatal(err)
	}
	s := x.sents[0]
	for _, o := range s.spans {
		if o.kind == kYear && !x.periodYearOK(s, o, 1970) {
			t.Errorf("%q: the decade %q swapped for the 1970s refused", s.text, o.text)
		}
	}
}
