package generate

import (
	"os"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// tramArticle is an instructor's own article, pasted into New course. It
// drafted two themes of three true statements and nothing else.
var tramArticle = func() string {
	b, err := os.ReadFile("testdata/pasted-tram.txt")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// Each of the tram article's two themes of true statements only now
// proposes one false statement in place of a true one: "forty shops"
// becomes "fourteen shops" (the count is written in words; fourteen is
// the line's count of stops), and the project director, Amir Costa,
// becomes Helen Dorsey, whom the article makes the mayor. Neither was
// written before: counts in words were no figures to swap, and a person
// the sentence describes was never swapped.
func TestTramTrueOnlyThemesTakeFalse(t *testing.T) {
	res := mustGenerate(t, tramArticle, Options{})
	// The opening theme is titled by the headline (headline_opening.go).
	const opening = "rivertons-new-tram-line-opens-to"
	want := map[string]string{
		opening:  "True or false? The council paid compensation to fourteen shops, but several closed before the money arrived.",
		"ticket": "True or false? The project director, Helen Dorsey, admitted that the extension is three months behind schedule because of flooding last winter.",
	}
	nq := map[string]int{}
	for _, d := range res.Drafts {
		q := d.Question
		if !d.Proposed || q == nil {
			continue
		}
		nq[d.Theme]++
		if q.Type != quiz.TrueFalse || q.Options[0].Correct {
			continue
		}
		if q.Prompt != want[d.Theme] {
			t.Errorf("theme %s: false statement %q, want %q", d.Theme, q.Prompt, want[d.Theme])
		}
		if ex := q.Explanation; !strings.Contains(ex, quote(d.Sentence)) {
			t.Errorf("theme %s: explanation %q does not quote the sentence", d.Theme, ex)
		}
		delete(want, d.Theme)
	}
	for th, p := range want {
		t.Errorf("theme %s: no false statement, want %q", th, p)
	}
	// The council's theme proposed a third question on "The engineers
	// chose a route …", a kind no sentence before named, held back since
	// (bare_kind.go); a card takes its place.
	for th, n := range map[string]int{opening: 2, "ticket": 3} {
		if nq[th] != n {
			t.Errorf("theme %s proposes %d questions, want %d", th, nq[th], n)
		}
	}
}

// A count in words is read as a figure where it counts things, or a
// share in per cent ("sixty per cent", "four hundred metres", from the
// tram article); not a length of time, a rate, a rough count or a count
// inside a quotation. The first sentence is the chip-shortage report's.
func TestWordCounts(t *testing.T) {
	x, err := analyse([]string{
		"Seventeen auto factories in North America and Europe have halted or reduced production in recent weeks over the scarcity of the tiny components, according to Seraph Consulting, which is advising automakers on the shortages.",
		"After six years of planning, the trams run every seven minutes and stop at some forty stations.",
		"He said, \"We shut nine mills.\"",
		"The national government paid sixty per cent, and batteries carry the trams for four hundred metres.",
	})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range x.sents {
		for _, c := range wordCounts(s) {
			got[c.sp.text] = c.noun
		}
	}
	want := map[string]string{"Seventeen": "factories", "sixty": "%", "four hundred": "metres"}
	if len(got) != len(want) {
		t.Errorf("counts in words %v, want %v", got, want)
	}
	for w, noun := range want {
		if got[w] != noun {
			t.Errorf("count %q: noun %q, want %q", w, got[w], noun)
		}
	}
}

// A person described by an apposition is swapped only for one the
// article describes in another role, never for one named beside them
// (who may have said it too). Sentences written for the test.
func TestRoleSwapNamedTogether(t *testing.T) {
	x, err := analyse([]string{
		"The head teacher, Mary Lowe, said that the school would reopen in March.",
		"The chair of the governors, Tom Reid, praised the builders for their work on the roof.",
	})
	if err != nil {
		t.Fatal(err)
	}
	sw := x.roleSwap(trueItem(sentenceWith(t, x, "Mary Lowe")))
	if sw == nil {
		t.Fatal("no false statement for the head teacher")
	}
	if want := "True or false? The head teacher, Tom Reid, said that the school would reopen in March."; sw.q.Prompt != want {
		t.Errorf("got %q, want %q", sw.q.Prompt, want)
	}
	y, err := analyse([]string{
		"The head teacher, Mary Lowe, said that the school would reopen in March.",
		"The chair of the governors, Tom Reid, praised the builders, and Mary Lowe thanked the parents.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if sw := y.roleSwap(trueItem(sentenceWith(t, y, "The head teacher"))); sw != nil {
		t.Errorf("a swap for a person named beside Mary Lowe: %q", sw.q.Prompt)
	}
}
