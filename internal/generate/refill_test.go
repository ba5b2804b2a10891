package generate

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A short report of the shape of BBC tech 220 (a survey of what people
// store on their devices), in words of our own.
const refillReport = `Readers turn to pocket libraries

Book lovers are so keen on electronic reading that many carry the equivalent of 12 shelves of novels in their pockets.

Novels, comics, magazines and manuals are being stored on phones, tablets and e-readers, a Harwood Media study found. It found that more than 40% kept 500 to 900 books on their devices, making the country "a nation of pocket libraries". The measurements are based on research by Leeds University lecturer Anna Pryce. She compared paper pages with digital files in the late 1990s. The amount of reading people keep on their gadgets is clearly a sign that they are finding more uses for their screens.

If these habits continue, readers could be carrying around a library of 2,000 books by next year. "Britain has become a country of readers with a huge appetite for stories," said Tom Varley, head of Harwood's publishing research unit.

"As screens improve and the devices learn to handle audio books and whole magazine archives, we will all carry a library," he told the BBC News website. The study reflects the growing trend for slim devices with long battery life like the readers from Kobo, Amazon, PocketBook and others. This trend is set to grow, according to analysts. They suggest the number of e-readers sold in Europe could grow from 12 million last year to 30 million in 2026.

Many readers are finding that paper books are simply too heavy to carry on long journeys.

The cost of making electronic paper screens has dropped and is continuing to fall because of better factories, said Mr Varley. The number of books a basic reader can hold has grown by 300% in the last four years, while the price of a basic reader has fallen by 60%. It is also getting easier to move books from one device to another, which has long been a slow and awkward task. According to market analysts Northgate, a third of all books sold in Britain will be electronic by 2028.
`

// refillDraft drafts the report as one theme, as draftItems does before
// the passes after the ranker.
func refillDraft(t *testing.T, text string) (*article, []item, Options) {
	t.Helper()
	heading, paras, _ := SplitSections(text)
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	a.headline, a.course = heading, heading
	opts := Options{}.withDefaults()
	opts.courseTitle = heading
	th := quiz.Theme{Slug: "pocket-libraries", Title: heading, Paragraphs: allParas(len(paras))}
	rankSentences(a.sentencesOf(th.Paragraphs))
	return a, a.themeItems(th, opts, nil), opts
}

func proposedTexts(items []item) []string {
	var out []string
	for i := range items {
		if items[i].proposed {
			out = append(out, itemText(&items[i]))
		}
	}
	return out
}

// A theme whose proposed item a pass after the ranker holds back takes
// its next candidate that passes every rule, best first; what was held
// back stays held, and no item held back by a rule comes in.
func TestRefillTakesNextCandidate(t *testing.T) {
	a, items, opts := refillDraft(t, refillReport)
	was := make([]bool, len(items))
	for i := range items {
		was[i] = items[i].proposed
	}
	before := proposedTexts(items)
	if len(before) < minProposed {
		t.Fatalf("the ranker proposes %d items, want %d: %q", len(before), minProposed, before)
	}
	// The pass on items that lean on the sentence before holds back
	// the first proposed true statement (lean_context.go).
	held := -1
	for i := range items {
		if tf, tr := isTrueFalse(&items[i]); items[i].proposed && tf && tr {
			held = i
			break
		}
	}
	if held < 0 {
		t.Fatal("no true statement proposed")
	}
	items[held].proposed, items[held].leanHeld = false, true
	// The best candidate by score that no rule holds back.
	want := -1
	all := []*item{}
	for i := range items {
		if items[i].proposed {
			all = append(all, &items[i])
		}
	}
	for i := range items {
		it := &items[i]
		if was[i] || it.holdBack() || it.repeat || it.leanHeld || it.score < thinFloor || a.repeatsAny(it, all) {
			continue
		}
		if tf, _ := isTrueFalse(it); tf {
			continue // the balance may refuse it; a card or a question of another kind is plain
		}
		if want < 0 || it.score > items[want].score {
			want = i
		}
	}
	flagged := map[int]bool{}
	for i := range items {
		if !was[i] && (items[i].holdBack() || items[i].repeat || items[i].leanHeld) {
			flagged[i] = true
		}
	}
	if !a.refillHeld(items, slices.Clone(was), opts) {
		t.Fatalf("nothing took the held item's place; proposed %q", proposedTexts(items))
	}
	after := proposedTexts(items)
	for i := range items {
		if items[i].refilled {
			t.Logf("held %q, took %q (%.2f)", itemText(&items[held]), itemText(&items[i]), items[i].score)
		}
	}
	if len(after) != len(before) {
		t.Errorf("proposed %d items after the refill, want %d: %q", len(after), len(before), after)
	}
	if items[held].proposed {
		t.Errorf("the held item came back: %q", itemText(&items[held]))
	}
	for i := range flagged {
		if items[i].proposed {
			t.Errorf("an item held back by a rule came in: %q", itemText(&items[i]))
		}
	}
	if want >= 0 && !items[want].proposed {
		var took []string
		for i := range items {
			if items[i].refilled {
				took = append(took, itemText(&items[i]))
			}
		}
		if len(took) == 0 || items[want].score > maxScore(items, func(it *item) bool { return it.refilled }) {
			t.Errorf("the best candidate %q (%.2f) was not taken; took %q", itemText(&items[want]), items[want].score, took)
		}
	}
	// Run again with nothing lost since: the theme is full, nothing moves.
	again := slices.Clone(was)
	for i := range items {
		again[i] = again[i] || items[i].refilled
	}
	if a.refillHeld(items, again, opts) {
		t.Errorf("a full theme took more: %q", proposedTexts(items))
	}
}

func maxScore(items []item, f func(*item) bool) float64 {
	m := -1.0
	for i := range items {
		if f(&items[i]) && items[i].score > m {
			m = items[i].score
		}
	}
	return m
}

// A theme whose only candidates a rule holds back (a true statement that
// would leave the theme true statements only, items under the floor)
// stays as the passes left it.
func TestRefillNoCandidateLeftStays(t *testing.T) {
	a, items, opts := refillDraft(t, refillReport)
	was := make([]bool, len(items))
	for i := range items {
		was[i] = items[i].proposed
	}
	// Every item not proposed is held back by a rule but one true
	// statement, and the proposed non-true items go: the theme's
	// questions are true statements only, which the candidate would keep.
	cand := -1
	for i := range items {
		it := &items[i]
		tf, tr := isTrueFalse(it)
		switch {
		case it.proposed && !(tf && tr):
			it.proposed, it.repeat = false, true
		case !it.proposed && tf && tr && cand < 0 && it.score >= thinFloor && !it.holdBack():
			cand = i
		case !it.proposed:
			it.incidental = true
		}
	}
	if cand < 0 {
		t.Skip("no true statement held back under the threshold")
	}
	before := proposedTexts(items)
	if got := a.refillHeld(items, was, opts); got || items[cand].proposed {
		t.Errorf("refill took %q; proposed %q, want %q", itemText(&items[cand]), proposedTexts(items), before)
	}
}

// End to end: the held-back draft of a theme no candidate can fill stays
// held, and Generate proposes for the report what it proposed before the
// refill (three items; the true statement that would leave the theme
// true statements only waits in "More drafts").
func TestRefillLeavesThemeWithoutCandidate(t *testing.T) {
	text := strings.Replace(refillReport, "12 shelves", "three shelves", 1)
	text = strings.Replace(text, " According to market analysts Northgate, a third of all books sold in Britain will be electronic by 2028.", "", 1)
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Drafts) != minProposed-1 {
		t.Errorf("proposed %d items, want %d", len(res.Drafts), minProposed-1)
	}
	for _, d := range res.Drafts {
		if strings.Contains(d.Sentence, "grown by 300%") && d.Question != nil && d.Question.Type == quiz.TrueFalse {
			t.Errorf("proposed the true statement that leaves the theme true statements only: %q", d.Question.Prompt)
		}
	}
	waits := false
	for _, d := range res.Held {
		waits = waits || strings.Contains(d.Sentence, "grown by 300%") && d.Question != nil && d.Question.Type == quiz.TrueFalse
	}
	if !waits {
		t.Error("the true statement on the 300% rise is not among the held-back drafts")
	}
}

// End to end, the shape of BBC tech 220: the statement "The study
// reflects …" leans on a quotation the sentence before ends and is held
// back after the ranker (lean_context.go); the report's theme takes its
// next candidate, the true statement on the 300% rise (beside the lead
// swapped false, the true/false share stays fair), and proposes four,
// not three. The held statement stays held.
func TestRefillLeanHeldThemeTakesNextStatement(t *testing.T) {
	text := strings.Replace(refillReport, " According to market analysts Northgate, a third of all books sold in Britain will be electronic by 2028.", "", 1)
	text = strings.Replace(text, "The cost of making electronic paper screens has dropped and is continuing to fall because of better factories, said Mr Varley. ", "", 1)
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	rise := false
	for _, d := range res.Drafts {
		got = append(got, d.Sentence)
		if strings.HasPrefix(d.Sentence, "The study reflects") {
			t.Errorf("proposed the statement held back for its context: %q", d.Sentence)
		}
		rise = rise || strings.Contains(d.Sentence, "grown by 300%") && d.Question != nil && d.Question.Type == quiz.TrueFalse
	}
	if len(res.Drafts) != minProposed || !rise {
		t.Errorf("proposed %d items, want %d with the statement on the 300%% rise: %q", len(res.Drafts), minProposed, got)
	}
	held := false
	for _, d := range res.Held {
		held = held || strings.HasPrefix(d.Sentence, "The study reflects") && d.Question != nil
	}
	if !held {
		t.Error("the statement that leans on the quotation is not among the held-back drafts")
	}
}

// Which themes join is decided without the items the refill took. In the
// shared history article "Columbia River" loses an item after the ranker
// and "St. Louis" proposes two; a refill taking drafts under thinFloor
// lifted the first to four, the pair was no longer thin, and "St. Louis"
// stood alone with two items. Every theme proposes four, as before the
// refill.
func TestRefillLeavesJoinsAsTheyWere(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(evalDir(t), "history-event.txt"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Generate(string(b), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, d := range res.Drafts {
		n[d.Theme]++
	}
	for _, th := range res.Course.Themes {
		if n[th.Slug] < minProposed {
			t.Errorf("theme %q ¶%v proposes %d items", th.Title, th.Paragraphs, n[th.Slug])
		}
	}
}

// The join counts leave out an item the refill took.
func TestProposedPerSkipsRefilled(t *testing.T) {
	_, items, _ := refillDraft(t, refillReport)
	th := []quiz.Theme{{Slug: "pocket-libraries"}}
	n := proposedPer(th, items)[0]
	if n < 2 {
		t.Fatalf("%d items proposed", n)
	}
	for i := range items {
		if items[i].proposed {
			items[i].refilled = true
			break
		}
	}
	if got := proposedPer(th, items)[0]; got != n-1 {
		t.Errorf("counted %d with one item refilled, want %d", got, n-1)
	}
}
