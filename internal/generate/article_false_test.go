package generate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// articleFalseTheme analyses paragraphs written for the tests and
// returns the article with true statements quoting sentences whole.
func articleFalseTheme(t *testing.T, paras ...string) (*article, func(i int, score float64) item) {
	t.Helper()
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(x.sents)
	tr := func(i int, score float64) item {
		s := x.sents[i]
		q := &quiz.Question{
			Type:    quiz.TrueFalse,
			Prompt:  "True or false? " + s.text,
			Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}},
		}
		return item{sent: s, q: q, rule: "truefalse-true", score: score, proposed: true, answer: s.text}
	}
	return x, tr
}

func articleFalseRun(x *article, items []item) []item {
	theme := quiz.Theme{Slug: "t", Title: "The Brelling Canal", Paragraphs: []int{1, 2, 3}}
	x.fillArticleFalse(theme, items, Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 4, courseTitle: "The Brelling Canal"})
	return items
}

// canalLead opens the canal's story as its engineer's life, a biography
// (biographySubject): there a year of the article may be swapped in
// (weak_swap.go).
const canalLead = "Tomas Alder (4 May 1791 – 2 June 1880) was the engineer of the Brelling canal, which joined the river Lerne to the port of Varo."

// TestArticleSwapYear: a theme of three true statements, none false,
// has its weakest statement with a year rewritten with the year of
// another event of the article where the article tells a life; the
// feedback quotes the sentence. Told as the canal's history, the theme
// keeps its three true statements.
func TestArticleSwapYear(t *testing.T) {
	history := []string{
		"The Brelling canal joined the river Lerne to the port of Varo across forty miles of marsh.",
		"Work on the canal began in 1820 under the engineer Tomas Alder. Barges on the canal carried coal, grain and timber to the coast for a century.",
		"The railway company opened its line to Varo in 1851 and took most of the canal's trade. The last barge company on the canal went bankrupt in 1874.",
	}
	x, tr := articleFalseTheme(t, history...)
	if x.lifeStory() {
		t.Fatal("want the canal's history read as no life")
	}
	for i, it := range articleFalseRun(x, []item{tr(0, 0.8), tr(2, 0.7), tr(4, 0.6)}) {
		if tf, isTrue := isTrueFalse(&it); !tf || !isTrue {
			t.Errorf("history, item %d: want the true statement kept, got %q", i, it.q.Prompt)
		}
	}
	x, tr = articleFalseTheme(t, append([]string{canalLead}, history[1:]...)...)
	if len(x.sents) != 5 {
		t.Fatalf("want five sentences, got %d", len(x.sents))
	}
	if !x.lifeStory() {
		t.Fatal("want the engineer's life read as a biography")
	}
	items := articleFalseRun(x, []item{tr(0, 0.8), tr(2, 0.7), tr(4, 0.6)})
	got := items[2]
	if tf, isTrue := isTrueFalse(&got); !tf || isTrue || !got.proposed {
		t.Fatalf("want the weakest true statement rewritten false, got %+v", proposedRules(items))
	}
	if got.q.Prompt != "True or false? The last barge company on the canal went bankrupt in 1851." {
		t.Errorf("want the railway's year swapped in, got %q", got.q.Prompt)
	}
	if fb := got.q.Options[0].Feedback; !strings.Contains(fb, "“1874”") {
		t.Errorf("the feedback must give the answer, got %q", fb)
	}
	if ex := got.q.Explanation; !strings.Contains(ex, quote(x.sents[4].text)) {
		t.Errorf("the explanation must quote the sentence, got %q", ex)
	}
	if !strings.HasPrefix(got.rule, "truefalse-swap/article-year") {
		t.Errorf("rule %q", got.rule)
	}
	for i := 0; i < 2; i++ {
		if tf, isTrue := isTrueFalse(&items[i]); !tf || !isTrue || !items[i].proposed {
			t.Errorf("item %d: the stronger true statements stay", i)
		}
	}

	// A theme with a false statement already, or of two true ones, is
	// left as it is; so is one of four true ones, which three true and
	// one false would leave unfair.
	f := tr(1, 0.5)
	f.q.Options = []quiz.Option{{Text: "True"}, {Text: "False", Correct: true}}
	for name, items := range map[string][]item{
		"one false":     {tr(0, 0.8), tr(2, 0.7), tr(4, 0.6), f},
		"two true only": {tr(0, 0.8), tr(4, 0.6)},
		"four true":     {tr(0, 0.8), tr(1, 0.75), tr(2, 0.7), tr(4, 0.6)},
	} {
		before := items[len(items)-1].q.Prompt
		articleFalseRun(x, items)
		if items[len(items)-1].q.Prompt != before {
			t.Errorf("%s: want the theme left alone, got %q", name, items[len(items)-1].q.Prompt)
		}
	}
}

// TestArticleSwapRefused: in a life, where a year may be swapped in
// (TestArticleSwapYear), no false statement on a sentence whose year
// bounds a time ("By 1874"), dates another event's death, is given in
// the lead or in two other sentences, sits beside a relative time, or
// where the article gives no other year.
func TestArticleSwapRefused(t *testing.T) {
	cases := map[string][]string{
		"by a year": {
			canalLead,
			"Work on the canal began in 1820 under the engineer Tomas Alder. Barges on the canal carried coal, grain and timber to the coast for a century.",
			"The railway company opened its line to Varo in 1851 and took most of the canal's trade. By 1874 every barge company on the canal had gone bankrupt.",
		},
		"a death's year": {
			canalLead,
			"Work on the canal began in 1820 under the engineer Tomas Alder. Barges on the canal carried coal, grain and timber to the coast for a century.",
			"The railway company opened its line to Varo in 1851 and took most of the canal's trade. After the owner's death in 1874 the last barge company was sold.",
		},
		"the lead's year": {
			"Tomas Alder (4 May 1791 – 2 June 1880) was the engineer of the Brelling canal, opened in 1874, which joined the river Lerne to the port of Varo.",
			"Work on the canal began in 1820 under the engineer Tomas Alder. Barges on the canal carried coal, grain and timber to the coast for a century.",
			"The railway company opened its line to Varo in 1851 and took most of the canal's trade. The last barge company on the canal went bankrupt in 1874.",
		},
		"a relative time": {
			canalLead,
			"Work on the canal began in 1820 under the engineer Tomas Alder. Barges on the canal carried coal, grain and timber to the coast for a century.",
			"The railway company opened its line to Varo in 1851 and took most of the canal's trade. The last barge company on the canal, bankrupt in 1874, was sold this year.",
		},
		"no other year": {
			canalLead,
			"Work on the canal was led by the engineer Tomas Alder. Barges on the canal carried coal, grain and timber to the coast for a century.",
			"The railway company opened its line to Varo and took most of the canal's trade. The last barge company on the canal went bankrupt in 1874.",
		},
	}
	for name, paras := range cases {
		x, tr := articleFalseTheme(t, paras...)
		if len(x.sents) != 5 {
			t.Fatalf("%s: want five sentences, got %d", name, len(x.sents))
		}
		items := articleFalseRun(x, []item{tr(0, 0.8), tr(2, 0.7), tr(4, 0.6)})
		if tf, isTrue := isTrueFalse(&items[2]); !tf || !isTrue {
			t.Errorf("%s: want the last sentence kept true, got %q", name, items[2].q.Prompt)
		}
	}
}

// TestArticleSwapShare: a share the sentence states is swapped for a
// share the article gives for something else, not for a bound ("more
// than 60%": a smaller share is still true) nor for a count in passing.
func TestArticleSwapShare(t *testing.T) {
	lead := "About 60% of the goods reaching the port of Varo came down the Brelling canal in its best years."
	rest := []string{
		"Work on the canal began in 1820 under the engineer Tomas Alder. Barges on the canal carried coal, grain and timber to the coast for a century.",
		"The railway company carried 25% of the port's goods by the end of its first decade. Most barge companies on the canal went bankrupt soon after.",
	}
	x, tr := articleFalseTheme(t, append([]string{lead}, rest...)...)
	items := articleFalseRun(x, []item{tr(0, 0.6), tr(2, 0.8), tr(4, 0.7)})
	if got := items[0].q.Prompt; got != "True or false? About 25% of the goods reaching the port of Varo came down the Brelling canal in its best years." {
		t.Errorf("want the railway's share swapped in, got %q", got)
	}
	x, tr = articleFalseTheme(t, append([]string{strings.Replace(lead, "About", "More than", 1)}, rest...)...)
	items = articleFalseRun(x, []item{tr(0, 0.6), tr(2, 0.8), tr(4, 0.7)})
	if tf, isTrue := isTrueFalse(&items[0]); !tf || !isTrue {
		t.Errorf("more than: want the true statement kept, got %q", items[0].q.Prompt)
	}
}

// TestArticleSwapReal: on the development articles, every false
// statement of this rule quotes its sentence in its feedback, swaps in a
// figure the article gives in another sentence, and at least one is
// proposed (the Lewis and Clark expedition's departure from Fort Mandan,
// given the date it left its winter camp).
func TestArticleSwapReal(t *testing.T) {
	dir := evalDir(t)
	n := 0
	for _, name := range []string{"history-event.txt", "biography.txt", "economics.txt", "hanse-history.txt"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		res, err := Generate(string(b), Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range res.Drafts {
			if !strings.HasPrefix(d.Rule, "truefalse-swap/article-") {
				continue
			}
			n++
			q := d.Question
			if fb := q.Options[0].Feedback; !strings.Contains(fb, quote(d.Answer)) || !strings.Contains(q.Explanation, quote(d.Sentence)) {
				t.Errorf("%s: feedback %q does not give the answer, or explanation %q does not quote the sentence", name, fb, q.Explanation)
			}
			stmt := strings.TrimPrefix(q.Prompt, "True or false? ")
			parts := strings.SplitN(q.Options[0].Feedback, ", not “", 2)
			if len(parts) != 2 || !strings.Contains(parts[1], "”") {
				t.Fatalf("%s: feedback %q does not name the figure swapped in", name, q.Options[0].Feedback)
			}
			in := parts[1][:strings.Index(parts[1], "”")]
			if !strings.Contains(stmt, in) || !strings.Contains(string(b), in) || strings.Contains(d.Sentence, in) {
				t.Errorf("%s: %q swaps in %q, not a figure of another sentence", name, stmt, in)
			}
			if name == "history-event.txt" && strings.Contains(stmt, "Fort Mandan") && !strings.Contains(stmt, "May 14, 1804") {
				t.Errorf("%s: want the winter camp's departure date, got %q", name, stmt)
			}
		}
	}
	if n == 0 {
		t.Error("no false statement from the article's own figures on the development articles")
	}
}

// lifeParas is a short biography written for the tests: the lead gives
// the subject's birth and death, the next paragraph her name at birth
// and her parents, and the years of the rest fall before her birth
// (her parents' marriage) and within her life.
func lifeParas(childhood string) []string {
	return []string{
		"Ada Thorne (6 May 1906 – 2 June 1970) was an English painter. Thorne was known for her portraits of dockworkers.",
		"Thorne was born Ada Mary Thorne in Leeds to Walter Thorne, an engineer, and Edith Lowe. Thorne's parents were married in York in 1901.",
		childhood,
		"Thorne studied at the Slade School of Art under Henry Tonks. Thorne held her first exhibition at the Marlow Gallery in London in 1931.",
	}
}

// lifeSwap runs the rule on a theme of three true statements, the
// weakest the childhood sentence, and returns it.
func lifeSwap(t *testing.T, childhood string) item {
	t.Helper()
	x, tr := articleFalseTheme(t, lifeParas(childhood)...)
	if len(x.sents) != 7 {
		t.Fatalf("want seven sentences, got %d", len(x.sents))
	}
	if subj, _ := x.biographySubject(); subj == "" {
		t.Fatal("want the text read as a biography")
	}
	items := articleFalseRun(x, []item{tr(0, 0.8), tr(6, 0.7), tr(4, 0.6)})
	return items[2]
}

// TestArticleSwapWithinLife: in a biography, a year swapped into a
// sentence of the subject's life falls within it: never the year her
// parents married, before her birth, which would make the statement
// false on its face.
//
// The sentence is one whose fronted year is its point (a founding):
// a fronted year that is only the circumstance of what the sentence tells
// ("In 1912, Ada Thorne was sent to a school in Hull.") no longer moves,
// since blind judges marked such a move trivia (where she was sent
// matters, not the year; date_circumstance.go), and that sentence stays
// a true statement.
func TestArticleSwapWithinLife(t *testing.T) {
	got := lifeSwap(t, "In 1912, Ada Thorne founded a sketching club in Hull.")
	if tf, isTrue := isTrueFalse(&got); !tf || isTrue {
		t.Fatalf("want the childhood sentence rewritten false, got %q", got.q.Prompt)
	}
	if want := "True or false? In 1931, Ada Thorne founded a sketching club in Hull."; got.q.Prompt != want {
		t.Errorf("want a year of her life swapped in, got %q", got.q.Prompt)
	}
	sent := lifeSwap(t, "In 1912, Ada Thorne was sent to a school in Hull.")
	if strings.Contains(sent.q.Prompt, "1931") {
		t.Errorf("want the year a circumstance of the sentence kept, got %q", sent.q.Prompt)
	}
	x, _ := articleFalseTheme(t, lifeParas("In 1912, Ada Thorne founded a sketching club in Hull.")...)
	if born, died := x.lifeYears(); born != 1906 || died != 1970 {
		t.Errorf("life years: want 1906-1970, got %v-%v", born, died)
	}
	for _, c := range []struct {
		orig, v float64
		ok      bool
	}{{1912, 1931, true}, {1912, 1901, false}, {1912, 1906, false}, {1912, 1975, false}, {1895, 1880, true}, {1880, 1931, false}, {1880, 1901, true}, {1975, 1931, false}, {1975, 1980, true}} {
		if got := x.withinLife(c.orig, c.v); got != c.ok {
			t.Errorf("withinLife(%v, %v) = %v, want %v", c.orig, c.v, got, c.ok)
		}
	}
}

// TestArticleSwapForebear: a year before the subject's birth (a
// forebear's deed) is swapped only for another year before it, never a
// year of her life: "In 1931, the Lowe family founded a weaving mill"
// in the life of a painter born a Lowe's granddaughter in 1906 is false
// on its face. Where the article has no other year before the birth,
// the statement stays true.
func TestArticleSwapForebear(t *testing.T) {
	x, tr := articleFalseTheme(t,
		"Ada Thorne (6 May 1906 – 2 June 1970) was an English painter. Thorne was known for her portraits of dockworkers.",
		"In 1851, the Lowe family founded a weaving mill in Leeds. Thorne's mother, Edith Lowe, ran the mill after her father's death.",
		"Thorne held her first exhibition at the Marlow Gallery in London in 1931. Thorne moved to a studio in Paris in 1948.",
	)
	if len(x.sents) != 6 {
		t.Fatalf("want six sentences, got %d", len(x.sents))
	}
	items := articleFalseRun(x, []item{tr(0, 0.8), tr(4, 0.7), tr(2, 0.6)})
	got := items[2]
	for _, y := range []string{"1906", "1931", "1948", "1970"} {
		if strings.Contains(got.q.Prompt, y) {
			t.Errorf("want no year of her life swapped into the mill's founding, got %q", got.q.Prompt)
		}
	}
}

// TestArticleSwapKin: a sentence whose subject is a relative of the
// biography's subject (her father's posting) is not the one to make
// false; the same sentence told of the subject under her name at birth
// is.
func TestArticleSwapKin(t *testing.T) {
	got := lifeSwap(t, "In 1912, Walter Thorne was posted to Hull, while Edith and Ada stayed in Leeds.")
	if tf, isTrue := isTrueFalse(&got); !tf || !isTrue {
		t.Errorf("want the father's posting kept true, got %q", got.q.Prompt)
	}
	x, _ := articleFalseTheme(t, lifeParas("In 1912, Walter Thorne was posted to Hull, while Edith and Ada stayed in Leeds.")...)
	if !x.kinSubject(x.sents[4]) {
		t.Errorf("want %q read as told of a relative", x.sents[4].text)
	}
	x, _ = articleFalseTheme(t, lifeParas("In 1912, Ada Thorne was sent to a school in Hull, while Edith stayed in Leeds.")...)
	if x.kinSubject(x.sents[4]) {
		t.Errorf("want %q read as told of the subject", x.sents[4].text)
	}
}
