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

// "The piece" leans on the sentence before, which names the Quatuor.
// Quoting that sentence before the question was read as clutter by
// every blind judge who met it; with no safe name to write in place of
// "The piece", the statement and the card on it are held back.
func TestLeanContextHeldWithoutRepair(t *testing.T) {
	x := analyseText(t, "Messiaen entered the Paris Conservatoire at the age of 11. "+messiaenPrisoner+" "+messiaenPiece)
	s := sentenceWith(t, x, messiaenPiece)
	items := []item{*trueItem(s), clozeItem(s, "fellow prisoners")}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	if got := items[0].q.Prompt; strings.Contains(got, "The article says") {
		t.Errorf("statement quotes the sentence before: %q", got)
	}
	if got := items[1].c.Front; strings.Contains(got, "The article says") {
		t.Errorf("card quotes the sentence before: %q", got)
	}
	for _, it := range items {
		if it.proposed || it.heldFor() != "context" {
			t.Errorf("%s: proposed %v, held %q; want held for context", it.rule, it.proposed, it.heldFor())
		}
	}
}

// "…, it organised an _____": the pronoun stands for the group the
// sentence before opens on, whose name the card now gives in its place
// (it quoted that sentence before).
func TestLeanContextPronoun(t *testing.T) {
	group := "Swansea Unite Against Fascism (UAF) is meeting this week to plan a campaign."
	march := "Following the death of Kalan Kawa Karim, an Iraqi Kurd living in Swansea, it organised an anti racism march in the city that was supported by more than 1,000 people."
	x := analyseText(t, "Police are investigating a leaflet posted to homes in south Wales. "+group+" "+march)
	items := []item{clozeItem(sentenceWith(t, x, march), "anti racism march")}
	x.withLeanContext(items, Options{})
	if got := items[0].c.Front; !strings.HasPrefix(got, "Following the death of Kalan Kawa Karim, an Iraqi Kurd living in Swansea, Swansea Unite Against Fascism organised an _____ ") || !items[0].proposed {
		t.Errorf("card front: got %q (proposed %v)", got, items[0].proposed)
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
	// The statement asks no name, but "the statement" has no repair
	// that would not say Lord Goldsmith twice: it is held back, where
	// it was once shown after the sentence before.
	if items[1].proposed || strings.Contains(items[1].q.Prompt, "The article says") {
		t.Errorf("statement: got %q (proposed %v)", items[1].q.Prompt, items[1].proposed)
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

// "… abilities it had …" after "His studio, …, was …" (adolfo-farsari):
// the pronoun is given as his studio, even where another proposed item
// asks about the sentence before, which a quotation would answer.
func TestLeanContextNamesPronounReferent(t *testing.T) {
	studio := "His studio, the last notable foreign-owned studio in Japan, was one of the country's largest and most prolific commercial photographic firms."
	influence := "Largely due to Farsari's exacting technical standards and his entrepreneurial abilities it had a significant influence on the development of photography in Japan."
	x := analyseText(t, "Adolfo Farsari (11 February 1841 – 7 February 1898) was an Italian photographer based in Yokohama, Japan. He became a successful entrepreneur and commercial photographer. "+studio+" "+influence)
	items := []item{*trueItem(sentenceWith(t, x, studio)), *trueItem(sentenceWith(t, x, influence))}
	items[0].proposed, items[1].proposed = true, true
	x.withLeanContext(items, Options{})
	want := "True or false? Largely due to Farsari's exacting technical standards and his entrepreneurial abilities his studio had a significant influence on the development of photography in Japan."
	if got := items[1].q.Prompt; got != want || !items[1].proposed {
		t.Errorf("got %q (proposed %v)\nwant %q", got, items[1].proposed, want)
	}
	if got := items[0].q.Prompt; got != "True or false? "+studio {
		t.Errorf("the studio statement changed: %q", got)
	}
}

// "The show also includes …" (tech163), where the article has named one
// show: "The Consumer Electronics Show also includes …".
func TestLeanContextNamesThingByHead(t *testing.T) {
	ces := "Thousands of technology lovers and industry experts have gathered in Las Vegas for the annual Consumer Electronics Show (CES)."
	speeches := "The show also includes several speeches from key technology companies such as Intel, Microsoft, and Hewlett Packard among others."
	x := analyseText(t, ces+" About 120,000 people are expected to attend. "+speeches)
	items := []item{*trueItem(sentenceWith(t, x, speeches))}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	want := "True or false? The Consumer Electronics Show also includes several speeches from key technology companies such as Intel, Microsoft, and Hewlett Packard among others."
	if got := items[0].q.Prompt; got != want || !items[0].proposed {
		t.Errorf("got %q (proposed %v)\nwant %q", got, items[0].proposed, want)
	}
}

// Phrases that lean back and were read as standing alone: a bare
// "Sales" (tech178), a figure before the noun (politics181), an adverb
// between the phrase and its verb (tech163).
func TestLeanPhraseOwnerlessFigureAdverb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Sales have tripled since launch, outstripping Microsoft's Xbox, said market analysts Chart Track.", "Sales"},
		{"The £500m move will also increase the number of specialist sport colleges from 350 to 400.", "The £500m move"},
		{"The show also includes several speeches from key technology companies such as Intel, Microsoft, and Hewlett Packard among others.", "The show"},
	} {
		x := analyseText(t, "Tony Blair has promised that sport is back as a priority for schools. "+c.text)
		if got, _ := x.leanPhrase(sentenceWith(t, x, c.text), c.text); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// "Sales have tripled …" leans on the sentence before, which says whose
// sales (tech178): the item names the owner that sentence opens on,
// whether or not another proposed item asks about that sentence (it was
// once shown after that sentence, quoted).
func TestLeanContextOwnerlessSales(t *testing.T) {
	slim := "Sony PlayStation 2's slimmer shape has proved popular with UK gamers, with 50,000 sold in its first week on sale."
	sales := "Sales have tripled since launch, outstripping Microsoft's Xbox, said market analysts Chart Track."
	x := analyseText(t, slim+" "+sales)
	items := []item{*trueItem(sentenceWith(t, x, sales))}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	if got, want := items[0].q.Prompt, "True or false? Sales of Sony PlayStation 2 have tripled since launch, outstripping Microsoft's Xbox, said market analysts Chart Track."; got != want || !items[0].proposed {
		t.Errorf("got %q (proposed %v)\nwant %q", got, items[0].proposed, want)
	}
	items = []item{*trueItem(sentenceWith(t, x, slim)), *trueItem(sentenceWith(t, x, sales))}
	items[0].proposed, items[1].proposed = true, true
	x.withLeanContext(items, Options{})
	if got := items[1].q.Prompt; got != "True or false? Sales of Sony PlayStation 2 have tripled since launch, outstripping Microsoft's Xbox, said market analysts Chart Track." || !items[1].proposed {
		t.Errorf("asked sentence before: got %q (proposed %v)", got, items[1].proposed)
	}
}

// "The title broke the UK sales record …" (tech178) was held back: its
// sentence before, which names the game, leans back itself ("The
// numbers were also boosted …"). The game named there right after a
// noun is written in place of "The title".
func TestLeanContextNamesApposedThing(t *testing.T) {
	boosted := "The numbers were also boosted by the release of the PS2 only game Grand Theft Auto: San Andreas."
	title := "The title broke the UK sales record for video games in its first weekend of release."
	x := analyseText(t, "Sales have tripled since launch, outstripping Microsoft's Xbox, said market analysts Chart Track. "+boosted+" "+title)
	s := sentenceWith(t, x, title)
	items := []item{*trueItem(s), clozeItem(s, "video games")}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	want := "Grand Theft Auto: San Andreas broke the UK sales record for "
	if got := items[0].q.Prompt; got != "True or false? "+want+"video games in its first weekend of release." || !items[0].proposed {
		t.Errorf("statement: got %q (proposed %v)", got, items[0].proposed)
	}
	if got := items[1].c.Front; !strings.HasPrefix(got, want+"_____") || !items[1].proposed {
		t.Errorf("card: got %q (proposed %v)", got, items[1].proposed)
	}
	// A person named after a noun is no thing to write for "The
	// title".
	if got := apposedThing(sentenceWith(t, analyseText(t, "He met the composer Edward Elgar. "+title), "He met the composer Edward Elgar."), "The title"); got != "" {
		t.Errorf("a person written for the title: %q", got)
	}
}

// "… as the show unfolds" (tech163) is named as the article names the
// show; "while the company is …" after "Ford CEO Jim Farley said" is not
// given the name of another company named before.
func TestLeanContextNamesInnerPhrase(t *testing.T) {
	ces := "Thousands of technology lovers and industry experts have gathered in Las Vegas for the annual Consumer Electronics Show (CES)."
	unveiled := "About 50,000 new products will be unveiled as the show unfolds."
	x := analyseText(t, ces+" The fair showcases the latest technologies. "+unveiled)
	items := []item{*trueItem(sentenceWith(t, x, unveiled))}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	if got, want := items[0].q.Prompt, "True or false? About 50,000 new products will be unveiled as the Consumer Electronics Show unfolds."; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	tsmc := "The shortage has hit the Taiwan Semiconductor Manufacturing Company hard."
	ford := "On Wednesday, Ford CEO Jim Farley said that while the company is seeing some signs of improvement in chip supply, the situation remains fluid."
	x = analyseText(t, tsmc+" "+ford)
	items = []item{*trueItem(sentenceWith(t, x, ford))}
	x.withLeanContext(items, Options{})
	if got := items[0].q.Prompt; got != "True or false? "+ford {
		t.Errorf("Ford's company renamed: %q", got)
	}
}

// "The phone is a lot more," (a column on a 3G phone) compares with what
// the sentences before told, and "The decision" sums up what they told;
// the sentence before says neither: both are held back, and proposed
// with All. "The £500m move" says which move by its figure and is left
// as it was.
func TestLeanContextHoldsPhraseWithoutReferent(t *testing.T) {
	laptop := "If I want fast access to my e mail I can get a 3G card for my laptop or hook up to a wireless network."
	more := "The phone is a lot more, and it is as a combination of mini TV, personal communications device and music/video player that it really works."
	met := "Ministers met for three hours on Monday."
	decision := "The decision was announced late at night."
	fund := "The money for the initiative will come from a new £500m fund."
	move := "The £500m move will increase the number of specialist sport colleges from 350 to 400."
	for _, all := range []bool{false, true} {
		x := analyseText(t, "But we should not see these new phones simply as cut down network terminals. "+laptop+" "+more+"\n\n"+
			"The cabinet discussed the budget. "+met+" "+decision+"\n\n"+
			"The prime minister launched a plan for school sport. "+fund+" "+move)
		items := []item{*trueItem(sentenceWith(t, x, more)), *trueItem(sentenceWith(t, x, decision)), *trueItem(sentenceWith(t, x, move))}
		for i := range items {
			items[i].proposed = true
		}
		x.withLeanContext(items, Options{All: all})
		for i, want := range []bool{all, all, true} {
			if items[i].proposed != want {
				t.Errorf("All=%v: %q proposed=%v, want %v (held %q)", all, items[i].sent.text, items[i].proposed, want, items[i].heldFor())
			}
			if !items[i].proposed && items[i].heldFor() != "context" {
				t.Errorf("%q held for %q, want context", items[i].sent.text, items[i].heldFor())
			}
			if items[i].leanCtx {
				t.Errorf("%q given a quotation", items[i].sent.text)
			}
		}
	}
}

// "The quality" of what: the sentence before ends on the video content,
// after a colon, and the statement says so. Without such a clause the
// statement is held back.
func TestLeanContextNamesAttributeOwner(t *testing.T) {
	compelling := "It is certainly not a great overall experience, but that is largely due to the poor menu system and the phone layout: the video content itself is compelling."
	quality := "The quality was at least as good as the video streaming from the BBC website, and the image is about the same size."
	x := analyseText(t, "I bought my son Max a 3G phone. "+compelling+" "+quality)
	items := []item{*trueItem(sentenceWith(t, x, quality))}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	if got, want := items[0].q.Prompt, "True or false? The quality of the video content was at least as good as the video streaming from the BBC website, and the image is about the same size."; got != want {
		t.Errorf("statement:\n got %q\nwant %q", got, want)
	}
	if !items[0].proposed {
		t.Errorf("held back (%q)", items[0].heldFor())
	}
	x = analyseText(t, "I bought my son Max a 3G phone. It is certainly not a great overall experience. "+quality)
	items = []item{*trueItem(sentenceWith(t, x, quality))}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	if items[0].proposed || items[0].heldFor() != "context" {
		t.Errorf("%q proposed=%v held %q, want held for context", quality, items[0].proposed, items[0].heldFor())
	}
}

// "Vodafone Live!" ends a sentence for the splitter, which goes on in
// lower case: a statement on the first half drops the point (that other
// sites are paid for by the megabyte) and is held back.
func TestLeanContextHoldsSentenceCutShort(t *testing.T) {
	cut := "Vodafone will let you access its services on Vodafone Live!"
	x := analyseText(t, "The 3G services aren't quite there yet. "+cut+" as part of your subscription cost but it makes you pay by the megabyte to download from other sites. This will not matter to business users.")
	whole := "The 3G services aren't quite there yet."
	items := []item{*trueItem(sentenceWith(t, x, cut)), *trueItem(sentenceWith(t, x, whole))}
	for i := range items {
		items[i].proposed = true
	}
	if items[0].sent.text != cut {
		t.Fatalf("the splitter no longer cuts the sentence: %q", items[0].sent.text)
	}
	x.withLeanContext(items, Options{})
	if items[0].proposed || items[0].heldFor() != "context" {
		t.Errorf("%q proposed=%v held %q, want held for context", cut, items[0].proposed, items[0].heldFor())
	}
	if !items[1].proposed {
		t.Errorf("%q held back (%q)", whole, items[1].heldFor())
	}
}

// "The strike, called by the Public and Commercial Services Union, …":
// the participle and the union's name say which strike, so the statement
// reads alone and takes no quotation of the sentence before.
func TestLeanContextNamedByParticiple(t *testing.T) {
	before := "A range of services in Wales were affected as civil servants in Wales joined the UK wide strike."
	strike := "The strike, called by the Public and Commercial Services Union, was the biggest by civil servants in a decade."
	x := analyseText(t, "Thousands of civil servants walked out in Wales. "+before+" "+strike)
	items := []item{*trueItem(sentenceWith(t, x, strike))}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	if got, want := items[0].q.Prompt, "True or false? "+strike; got != want {
		t.Errorf("statement:\n got %q\nwant %q", got, want)
	}
}

// A statement whose pronoun only the sentence before explains, where that
// sentence is asked by another proposed item and cannot be quoted, is
// held back: "In theory it bans the deployment of any warheads in
// Kaliningrad, …" in the policy analysis, whose sentence before (the
// nuclear weapon-free zone) a card asks.
func TestLeaningPronounHeldWhereContextIsAsked(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(evalDir(t), "policy-analysis.txt"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Generate(string(b), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Drafts {
		if d.Proposed && d.Question != nil && strings.HasPrefix(d.Question.Prompt, "True or false? In theory it bans") {
			t.Errorf("proposed without what \"it\" is: %q", d.Question.Prompt)
		}
	}
}
