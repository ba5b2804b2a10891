package generate

import (
	"strings"
	"testing"
)

// rewritten is sentence s of x as the context repairs write it out.
func rewritten(t *testing.T, x *article, s *sentence) string {
	t.Helper()
	edits, ok := x.findContextEdits(s)
	if !ok {
		t.Fatalf("%q is held back; want it written out", s.text)
	}
	got, ok := applyEdits(s.text, edits)
	if !ok {
		t.Fatalf("the edits of %q do not apply", s.text)
	}
	return got
}

// A report on Westminster means Britain's government by "the
// government", not that of the country named just before (politics192).
func TestWestminsterGovernment(t *testing.T) {
	x := analyseText(t, "All four Britons held by the US in Guantanamo Bay will be returned to the UK within weeks, Foreign Secretary Jack Straw told the Commons on Tuesday.\n\n"+
		"Mr Straw said the US had agreed to release the four after \"intensive and complex discussions\" over security. "+
		"All four families have been informed of their return and have been involved in regular discussions with the government, Mr Straw said.")
	got := rewritten(t, x, sentenceWith(t, x, "regular discussions"))
	if strings.Contains(got, "government of") {
		t.Errorf("rewritten as %q; want \"the government\" left as it is", got)
	}
	// Outside Westminster, the country named just before is meant; a
	// country written with "the" keeps it.
	y := analyseText(t, "In the second half of 1997, Indonesia became the country hardest hit by the Asian economic crisis. "+
		"The government released a highly unrealistic budget which sent the Rupiah to below Rp. 10,000 to the US dollar.")
	if got := rewritten(t, y, sentenceWith(t, y, "unrealistic budget")); !strings.HasPrefix(got, "The government of Indonesia released") {
		t.Errorf("rewritten as %q; want the government of Indonesia", got)
	}
	z := analyseText(t, "Opponents say only judges should be able to order detention of citizens in the UK. "+
		"The government is expected to win Wednesday's vote in the Commons, but faces a battle in the House of Lords.")
	if got := rewritten(t, z, sentenceWith(t, z, "expected to win")); strings.Contains(got, "government of UK") {
		t.Errorf("rewritten as %q; want \"the UK\" with its article", got)
	}
}

// "Human _____ have been outraged" leaves the modifier the sentence opens
// on outside the blank (politics192); "Anti _____ in Swansea" likewise
// (politics185).
func TestInitialModifierCut(t *testing.T) {
	for _, c := range []struct {
		text, answer string
		want         bool
	}{
		{"Human rights campaigners have been outraged at the treatment of the detainees in Cuba.", "rights campaigners", true},
		{"Civil rights campaigners have been outraged at the treatment of the detainees in Cuba.", "treatment", false},
		{"Campaigners have been outraged at the treatment of the detainees in Cuba.", "treatment", false},
	} {
		x := analyseText(t, c.text)
		sp := spanOfSent(t, x.sents[0], c.answer)
		if got := halfPhraseBlank(x.sents[0], sp); got != c.want {
			t.Errorf("halfPhraseBlank(%q in %q) = %v, want %v", c.answer, c.text, got, c.want)
		}
	}
}

// "As of 2010, Bancroft sits on the boards …": the year only dates the
// state; a false statement moving it is not plainly contradicted, and a
// blank over it tests a detail (bronwyn-bancroft).
func TestAsOfYear(t *testing.T) {
	x := analyseText(t, "Bronwyn Bancroft is an Australian Aboriginal artist, born in 1958. "+
		"In 1985, Bancroft established a shop called Designer Aboriginals. "+
		"As of 2010, Bancroft sits on the boards of copyright collection agency Viscopy and Tranby Aboriginal College.")
	s := sentenceWith(t, x, "As of 2010")
	sp := spanOfSent(t, s, "2010")
	if !asOfDate(s, sp) {
		t.Error("asOfDate(2010) = false")
	}
	if x.swapShapeOK(s, sp, "2004") {
		t.Error("swapShapeOK(2010 -> 2004) = true; want the swap refused")
	}
	e := sentenceWith(t, x, "In 1985")
	if asOfDate(e, spanOfSent(t, e, "1985")) {
		t.Error("asOfDate(1985) = true for the year of an event")
	}
}

// "Many online communities, such as chatrooms, … often form around common
// interests or issues." is true on its face (tech191).
func TestTruismHabit(t *testing.T) {
	for text, want := range map[string]bool{
		"Many online communities, such as chatrooms, mailing lists, community portals, message boards and weblogs often form around common interests or issues.": true,
		"Most home users usually tend to leave their wireless networks open.":                                                                                    true,
		"Many online communities set up by councils often failed within a year.":                                                                                 false,
		"Many online communities such as eBay often let members rate each other.":                                                                                false,
	} {
		x := analyseText(t, text)
		if got := truismSentence(x.sents[0]); got != want {
			t.Errorf("truismSentence(%q) = %v, want %v", text, got, want)
		}
	}
}

// "Using a similar mechanism, …" leans on the sentence before (tech191);
// "a man with a similar name, Josquin de Kessalia" names it itself.
func TestSimilarLeans(t *testing.T) {
	x := analyseText(t, "The key idea to take from systems such as eBay is letting members rate each other's reputation. "+
		"Using a similar mechanism, trust and cooperation between members of virtual and physical communities could be built.\n\n"+
		"Josquin was long mistaken for a man with a similar name, Josquin de Kessalia, who sang in Milan.")
	s := sentenceWith(t, x, "Using a similar")
	if p, kind := x.leanPhrase(s, s.text); p != "a similar mechanism" || kind != "connective" {
		t.Errorf("leanPhrase = %q, %q; want \"a similar mechanism\", connective", p, kind)
	}
	j := sentenceWith(t, x, "similar name")
	if p, _ := x.leanPhrase(j, j.text); p != "" {
		t.Errorf("leanPhrase = %q; want none", p)
	}
}

// "Sales have tripled since launch" after "Sony PlayStation 2's slimmer
// shape has proved popular …": the sales of the PlayStation 2 (tech178).
func TestOwnerlessNamed(t *testing.T) {
	text := "Sony PlayStation 2's slimmer shape has proved popular with UK gamers, with 50,000 sold in its first week on sale.\n\n" +
		"Sales have tripled since launch, outstripping Microsoft's Xbox, said market analysts Chart Track. " +
		"The numbers were also boosted by the release of the PS2 only game Grand Theft Auto: San Andreas. " +
		"The title broke the UK sales record for video games in its first weekend of release."
	x := analyseText(t, text)
	if got := possessiveOpener(x.sents[0]); got != "Sony PlayStation 2" {
		t.Errorf("possessiveOpener = %q, want Sony PlayStation 2", got)
	}
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range res.Course.Questions {
		if strings.Contains(q.Prompt, "tripled") {
			found = true
			if !strings.Contains(q.Prompt, "Sales of Sony PlayStation 2 have tripled") {
				t.Errorf("prompt %q does not say whose sales", q.Prompt)
			}
		}
	}
	for _, d := range res.Held {
		if d.Question != nil && strings.Contains(d.Question.Prompt, "tripled") {
			found = true
			if !strings.Contains(d.Question.Prompt, "Sales of Sony PlayStation 2 have tripled") {
				t.Errorf("held prompt %q does not say whose sales", d.Question.Prompt)
			}
		}
	}
	if !found {
		t.Error("no item on the sales sentence")
	}
}

// "Law Lords ruled that the _____ were being held …" for "the 12" does
// not say what is counted (politics192); "the 12 detainees" does.
func TestCountHeadBlank(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Law Lords ruled last month that the 12 were being held in contravention of human rights laws but they are still behind bars.", true},
		{"Law Lords ruled last month that the 12 detainees were being held in contravention of human rights laws.", false},
		{"The 25 member states are expected to scrap the requirement for unanimous agreement.", false},
	} {
		x := analyseText(t, c.text)
		s := x.sents[0]
		var sp *span
		for _, o := range s.spans {
			if o.kind == kNumber {
				sp = o
			}
		}
		if sp == nil {
			t.Fatalf("no count in %q", c.text)
		}
		if got := countHeadBlank(s, sp); got != c.want {
			t.Errorf("countHeadBlank(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
