package generate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// clozeItem is a cloze card on s blanking answer.
func clozeItem(s *sentence, answer string) item {
	return item{sent: s, answer: answer, rule: "cloze-card/term", proposed: true,
		c: &quiz.Card{Front: strings.Replace(s.text, answer, "_____", 1), Back: answer}}
}

const (
	messiaenPrisoner = "On the fall of France in 1940, Messiaen was made a prisoner of war, during which time he composed his Quatuor pour la fin du temps (Quartet for the end of time) for the four available instruments—piano, violin, cello and clarinet."
	messiaenPiece    = "The piece was first performed by Messiaen and fellow prisoners for an audience of inmates and prison guards."
)

// "The piece" leans on the sentence before, which names the Quatuor: a
// true statement and a cloze card on it quote that sentence first.
func TestLeanContextQuotesSentenceBefore(t *testing.T) {
	x := analyseText(t, "Messiaen entered the Paris Conservatoire at the age of 11. "+messiaenPrisoner+" "+messiaenPiece)
	s := sentenceWith(t, x, messiaenPiece)
	items := []item{*trueItem(s), clozeItem(s, "fellow prisoners")}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	quote := "The article says: “" + messiaenPrisoner + "” "
	if got, want := items[0].q.Prompt, quote+"True or false? "+messiaenPiece; got != want {
		t.Errorf("statement:\n got %q\nwant %q", got, want)
	}
	if got := items[1].c.Front; !strings.HasPrefix(got, quote+"The piece was first performed by Messiaen and _____ ") {
		t.Errorf("card front: got %q", got)
	}
	for _, it := range items {
		if !it.proposed || it.heldFor() != "" {
			t.Errorf("%s held back (%q)", it.rule, it.heldFor())
		}
	}
}

// "…, it organised an _____": the pronoun stands for the group the
// sentence before names.
func TestLeanContextPronoun(t *testing.T) {
	group := "Swansea Unite Against Fascism (UAF) is meeting this week to plan a campaign."
	march := "Following the death of Kalan Kawa Karim, an Iraqi Kurd living in Swansea, it organised an anti racism march in the city that was supported by more than 1,000 people."
	x := analyseText(t, "Police are investigating a leaflet posted to homes in south Wales. "+group+" "+march)
	items := []item{clozeItem(sentenceWith(t, x, march), "anti racism march")}
	x.withLeanContext(items, Options{})
	if got := items[0].c.Front; !strings.HasPrefix(got, "The article says: “"+group+"” Following the death") {
		t.Errorf("card front: got %q", got)
	}
}

// The sentence before holds the answer of a question on "Tony Blair said
// the statement was …": the item is held back, not given away.
func TestLeanContextNeverGivesAnswer(t *testing.T) {
	probe := "Earlier, Conservative MP Michael Mates joined calls for a probe into claims Lord Goldsmith's statement to Parliament was drawn up at Number 10."
	summary := "Tony Blair said the statement was a \"fair summary\" of Lord Goldsmith's opinion."
	x := analyseText(t, "Tony Blair has rejected calls for the publication of advice on the legality of the Iraq war. "+probe+" "+summary)
	s := sentenceWith(t, x, summary)
	choice := item{sent: s, answer: "Lord Goldsmith", rule: "cloze-single/person", proposed: true, q: &quiz.Question{
		Type:    quiz.Single,
		Prompt:  "Which completes the sentence? “Tony Blair said the statement was a \"fair summary\" of _____'s opinion.”",
		Options: []quiz.Option{{Text: "Lord Goldsmith", Correct: true}, {Text: "Michael Mates"}, {Text: "Tony Blair"}},
	}}
	statement := *trueItem(s)
	statement.proposed = true
	items := []item{choice, statement}
	x.withLeanContext(items, Options{})
	if items[0].proposed || items[0].heldFor() != "context" || strings.Contains(items[0].q.Prompt, "The article says") {
		t.Errorf("choice: proposed %v, held %q, prompt %q", items[0].proposed, items[0].heldFor(), items[0].q.Prompt)
	}
	// The statement asks no name: it is shown with the sentence.
	if !strings.HasPrefix(items[1].q.Prompt, "The article says: “"+probe+"” True or false? ") {
		t.Errorf("statement: got %q", items[1].q.Prompt)
	}
	// Whatever is quoted never holds the answer of its item.
	for _, it := range items {
		if it.leanCtx && strings.Contains(key(leanQuote(it)), key(it.answer)) && it.answer != "True" {
			t.Errorf("%s: the quotation holds the answer %q", it.rule, it.answer)
		}
	}
}

// leanQuote is the quotation withLeanContext put before an item.
func leanQuote(it item) string {
	text := ""
	if it.q != nil {
		text = it.q.Prompt
	} else {
		text = it.c.Front
	}
	if i := strings.Index(text, "”"); strings.HasPrefix(text, "The article says: “") && i > 0 {
		return text[:i]
	}
	return ""
}

// A sentence before that leans back itself ("They are held under laws
// …") cannot be quoted: the item is held back.
func TestLeanContextHeldWhereQuoteLeans(t *testing.T) {
	held := "They are held under laws which the Law Lords have ruled break human rights rules — and which are due to expire on 14 March."
	powers := "The new powers, designed to replace the existing laws, would apply to British as well as foreign terror suspects."
	x := analyseText(t, "Plans to place terror suspects under house arrest face their first test in the Commons. "+held+" "+powers)
	items := []item{*trueItem(sentenceWith(t, x, powers))}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	if items[0].proposed || items[0].heldFor() != "context" {
		t.Errorf("proposed %v, held %q, prompt %q", items[0].proposed, items[0].heldFor(), items[0].q.Prompt)
	}
}

// Items that need no sentence before are unchanged: a name, a phrase
// that says which one ("The building on George Street"), one a reader
// knows ("the government").
func TestLeanContextLeavesStandAloneItems(t *testing.T) {
	first := "Swansea's Muslim community bought the former church in the late 1990s."
	for _, text := range []string{
		"The building on George Street has been derelict since the 1980s.",
		"Tony Blair has rejected calls for the publication of advice on the legality of the Iraq war amid growing calls for an investigation.",
		"The government is expected to win the vote in the Commons.",
		"The Delius household was musical; famous musicians such as Joseph Joachim and Carlo Alfredo Piatti were guests, and played for the family.",
	} {
		x := analyseText(t, first+" "+text)
		items := []item{*trueItem(sentenceWith(t, x, text))}
		x.withLeanContext(items, Options{})
		if got := items[0].q.Prompt; got != "True or false? "+text || items[0].heldFor() != "" {
			t.Errorf("%q: got %q (proposed %v)", text, got, items[0].proposed)
		}
	}
}

// On the development articles and the test texts, no quotation put before
// an item holds that item's answer or correct option, and each is a
// sentence of the article.
func TestLeanContextNeverHoldsAnswerOnArticles(t *testing.T) {
	texts := map[string]string{}
	for _, name := range []string{"china-russia.txt", "harbour-rail.txt", "water-cycle.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		texts[name] = string(b)
	}
	names, _ := filepath.Glob(filepath.Join(evalDir(t), "*.txt"))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(n)] = string(b)
	}
	quoted := 0
	for name, text := range texts {
		res, err := Generate(text, Options{})
		if err != nil {
			continue
		}
		for _, d := range append(append([]Draft{}, res.Drafts...), res.Held...) {
			shown := ""
			var answers []string
			if d.Question != nil {
				shown = d.Question.Prompt
				answers = append(answers, d.Question.Answers...)
				for _, o := range d.Question.Options {
					if o.Correct {
						answers = append(answers, o.Text)
					}
				}
			} else {
				shown, answers = d.Card.Front, []string{d.Card.Back}
			}
			quote, _, ok := leanQuoted(shown)
			if !ok {
				continue
			}
			quoted++
			if !articleHolds(res, quote) {
				t.Errorf("%s: the quotation is not in the article: %q", name, quote)
			}
			qk := " " + key(quote) + " "
			for _, ans := range append(answers, d.Answer) {
				if k := key(ans); k != "" && k != "true" && k != "false" && strings.Contains(qk, " "+k+" ") {
					t.Errorf("%s: the quotation holds the answer %q: %q", name, ans, shown)
				}
			}
		}
	}
	t.Logf("%d texts, %d items shown with a quotation", len(texts), quoted)
}
