package generate

import "testing"

// Sentences that sum up what the sentence before told by "the" and a
// noun the article has not used, and a lead addressed to the reader, are
// held back; the same nouns told before, or said with a phrase saying
// which, and "you" in a quotation or past the lead, are not.
func TestFirstMentionAndReaderHook(t *testing.T) {
	x, err := analyse([]string{
		"The odds are that when you start your car, you drive straight to your usual garage, rather than try a new one. " +
			"\"You never forget your first computer,\" said Ann Hale, who sells them in Leeds.",
		"Strong new filters are being installed by several big mail firms to block junk mail. " +
			"Growing floods of spam are pushing smaller firms to adopt the measures. " +
			"Officials in Leeds backed the plan to widen the main road last year.",
		"In 1702 the merchant Tom Hale sought backing for a trading voyage to the Indies. " +
			"Hale led the expedition, which had three well-armed ships. " +
			"Later the expedition reached the Indies, where Hale sold his cloth.",
		"You can add straw to the heap when it gets too wet in the autumn.",
		"Paper maps were once sold in every shop in Leeds. " +
			"Some may see this as a waste of money, but in a busy age the map has become a vital guide. " +
			"Old maps of the city this year fetched high prices at auction in York.",
	})
	if err != nil {
		t.Fatal(err)
	}
	held := map[string]bool{
		"The odds are that when you start your car, you drive straight to your usual garage, rather than try a new one.": true,
		"\"You never forget your first computer,\" said Ann Hale, who sells them in Leeds.":                              false,
		"Growing floods of spam are pushing smaller firms to adopt the measures.":                                        true,
		"Officials in Leeds backed the plan to widen the main road last year.":                                           false,
		"Hale led the expedition, which had three well-armed ships.":                                                     true,
		"Later the expedition reached the Indies, where Hale sold his cloth.":                                            false,
		"You can add straw to the heap when it gets too wet in the autumn.":                                              false,
	}
	for _, s := range x.sents {
		w, ok := held[s.text]
		if !ok {
			continue
		}
		delete(held, s.text)
		got := x.firstMentionBack(s) || x.readerHook(s)
		if got != w {
			t.Errorf("%q: held back %v, want %v", s.text, got, w)
		}
		if w {
			if _, ok := x.contextEdits(s); ok {
				t.Errorf("%q: passes as standing alone", s.text)
			}
		}
	}
	for s := range held {
		t.Errorf("sentence not found: %q", s)
	}
	// "this" as a verb's object with no noun after it points back; "this
	// year" is the time of writing.
	this := map[string]bool{
		"Some may see this as a waste of money, but in a busy age the map has become a vital guide.": true,
		"Old maps of the city this year fetched high prices at auction in York.":                     false,
	}
	for _, s := range x.sents {
		w, ok := this[s.text]
		if !ok {
			continue
		}
		delete(this, s.text)
		if got := needsContext(s); got != w {
			t.Errorf("%q: needs context %v, want %v", s.text, got, w)
		}
	}
	for s := range this {
		t.Errorf("sentence not found: %q", s)
	}
}
