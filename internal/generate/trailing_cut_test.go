package generate

import "testing"

func TestMainClause(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// A second verb of the same subject after ", and".
		{"Throughout her career, Marta Vell was known both for her careful fieldwork and her sharp temper with colleagues and editors, and is remembered as the model for the stern professor in a 1970 film of her life.",
			"Throughout her career, Marta Vell was known both for her careful fieldwork and her sharp temper with colleagues and editors."},
		// A participle after the comma.
		{"The ferry company said in March 2019 that it had lost the equivalent of £4 million in fares because of the long strike, showing how much the island depends on its single crossing to the mainland.",
			"The ferry company said in March 2019 that it had lost the equivalent of £4 million in fares because of the long strike."},
		// A list is not cut: the word after ", and" is no verb.
		{"The Brelling works made cloth for the army, blankets for the hospitals of the northern provinces, sails for the fishing fleets of the coast, and rope for the harbours of the river Lerne and its many tributaries.", ""},
		// A main clause under ten words is no statement.
		{"The mill closed in 1931, leaving three hundred weavers without work in a town that had no other employer and no railway to take them to the cities of the south.", ""},
		// No comma before a trailing clause.
		{"The canal that the town council of Brelling dug between 1820 and 1831 with two thousand labourers from the northern provinces carried coal and grain and timber to the coast for more than a century.", ""},
	} {
		x, err := analyse([]string{c.in})
		if err != nil {
			t.Fatal(err)
		}
		if len(x.sents) != 1 {
			t.Fatalf("%q: want one sentence, got %d", c.in, len(x.sents))
		}
		if got := mainClause(x.sents[0]); got != c.want {
			t.Errorf("mainClause(%q):\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestCutStatement(t *testing.T) {
	x, err := analyse([]string{
		"The ferry company said in March 2019 that it had lost the equivalent of £4 million in fares because of the long strike, showing how much the island depends on its single crossing to the mainland. " +
			"The strike ended in May.",
	})
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(x.sents)
	it := x.cutStatement(x.sents, map[int]int{}, map[string]bool{}, nil)
	if it == nil {
		t.Fatal("want a statement of the long sentence's main clause")
	}
	if want := "True or false? The ferry company said in March 2019 that it had lost the equivalent of £4 million in fares because of the long strike."; it.q.Prompt != want {
		t.Errorf("prompt %q, want %q", it.q.Prompt, want)
	}
	// A sentence a question already asks gives none.
	if it := x.cutStatement(x.sents, map[int]int{x.sents[0].idx: 1}, map[string]bool{}, nil); it != nil {
		t.Errorf("sentence asked already: want none, got %q", it.q.Prompt)
	}
}
