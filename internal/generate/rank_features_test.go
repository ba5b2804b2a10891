package generate

import (
	"strings"
	"testing"
)

// placeText is an article of our own: a lead, a body paragraph with an
// incidental survey, a closing paragraph.
const placeText = `The town of Marlow built a tidal barrier to protect its harbour from winter storms. The barrier cost 40 million pounds.

Engineers tested the barrier against winter storms for two years. A 2004 survey had counted 312 boats, 45 cranes and 17 sheds along the quay.

The harbour now stays open when storms arrive, and the barrier has closed nine times since it opened.`

// placeOf finds the sentence holding needle and, when answer is not "",
// its span of that text.
func placeOf(t *testing.T, a *article, needle, answer string) (*sentence, *span) {
	t.Helper()
	for _, s := range a.sents {
		if !strings.Contains(s.text, needle) {
			continue
		}
		if answer == "" {
			return s, nil
		}
		for _, sp := range s.spans {
			if sp.text == answer {
				return s, sp
			}
		}
		var got []string
		for _, sp := range s.spans {
			got = append(got, sp.text)
		}
		t.Fatalf("no span %q in %q: %q", answer, s.text, got)
	}
	t.Fatalf("no sentence with %q", needle)
	return nil, nil
}

func TestPlaceFeatures(t *testing.T) {
	a, err := prepareArticle(placeText)
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(a.sents)
	f := func(s *sentence, sp *span, name string) float64 {
		return a.placeFeatures(s, sp, "tidal barrier")[indexOfPlace(t, name)]
	}
	lead, _ := placeOf(t, a, "Marlow built", "")
	if got := f(lead, nil, "lead"); got != 1 {
		t.Errorf("lead of the lead's sentence = %v, want 1", got)
	}
	if got := f(lead, nil, "parapos"); got != 0 {
		t.Errorf("parapos of the lead's sentence = %v, want 0", got)
	}
	last, _ := placeOf(t, a, "stays open", "")
	if got := f(last, nil, "lead"); got != 0 {
		t.Errorf("lead of the last paragraph's sentence = %v, want 0", got)
	}
	if got := f(last, nil, "parapos"); got != 1 {
		t.Errorf("parapos of the last paragraph's sentence = %v, want 1", got)
	}
	// The lead's words (barrier, storms, harbour) come back; the survey's
	// boats, cranes and sheds do not.
	survey, sp := placeOf(t, a, "2004 survey", "2004")
	if e, s := f(lead, nil, "echo"), f(survey, nil, "echo"); e <= s {
		t.Errorf("echo: the lead's sentence %.2f, the survey's %.2f; want the lead's higher", e, s)
	}
	if got := f(survey, sp, "nums"); got != 1 {
		t.Errorf("nums beside the survey's year = %v, want 1 (three other figures)", got)
	}
	if got := f(survey, sp, "minor"); got != 1 {
		t.Errorf("minor of a year that labels a survey named once = %v, want 1", got)
	}
	costS, cost := placeOf(t, a, "barrier cost", "40 million pounds")
	if got := f(costS, cost, "minor"); got != 0 {
		t.Errorf("minor of a figure in the lead = %v, want 0", got)
	}
}

func indexOfPlace(t *testing.T, name string) int {
	for i, n := range placeFeatureNames {
		if n == name {
			return i
		}
	}
	t.Fatalf("no feature %q", name)
	return 0
}

// TestTrueContext checks the crossed feature: a true statement on a
// sentence that leans on the one before, and neither a true statement
// that reads alone nor another type on the leaning sentence.
func TestTrueContext(t *testing.T) {
	a, err := prepareArticle(placeText + "\n\nIt cost the town 40 million pounds to build and opened in 2004.")
	if err != nil {
		t.Fatal(err)
	}
	tc, ctx := indexOf("true-context"), indexOf("context")
	lean, cost := placeOf(t, a, "It cost the town", "40 million pounds")
	alone, _ := placeOf(t, a, "The town of Marlow built", "")
	for _, c := range []struct {
		name     string
		s        *sentence
		sp       *span
		answer   string
		typ      string
		want     float64
		wantLean float64
	}{
		{"true statement leaning on the sentence before", lean, nil, "True", "tf-true", 1, 1},
		{"true statement reading alone", alone, nil, "True", "tf-true", 0, 0},
		{"short answer on the leaning sentence", lean, cost, cost.text, "short", 0, 1},
	} {
		f := a.features(rankCtx{}, c.s, c.sp, c.answer, 0, c.typ)
		if f[ctx] != c.wantLean || f[tc] != c.want {
			t.Errorf("%s: context %v, true-context %v; want %v, %v", c.name, f[ctx], f[tc], c.wantLean, c.want)
		}
	}
}
