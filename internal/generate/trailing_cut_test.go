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
		// Nor is a list of verb phrases (held-out set 222's shape): its
		// last item is no second clause.
		{"The harbour board has been slow to repair the quay, hire new pilots, stop cars on the jetty, ban night crossings, provide its crews with personal flotation devices (PFDs), and require passengers to wear life jackets on open decks.", ""},
		// A main clause under ten words is no statement.
		{"The mill closed in 1931, leaving three hundred weavers without work in a town that had no other employer and no railway to take them to the cities of the south.", ""},
		// A second clause after a semicolon (from the Boult biography's
		// shape: "…; Cedric and his family had …").
		{"Anna Lind was a judge of the High Court and a successful author of books on maritime law and the grain trade; she and her family lived in Lund.",
			"Anna Lind was a judge of the High Court and a successful author of books on maritime law and the grain trade."},
		// A semicolon inside brackets is no clause's end.
		{"Elaine Paige OBE (née Bickerstaff; born 5 March 1948) is an English singer and actress best known for her work in musical theatre, and has hosted a radio show since 2004.",
			"Elaine Paige OBE (née Bickerstaff; born 5 March 1948) is an English singer and actress best known for her work in musical theatre."},
		// A second clause of its own subject after ", but".
		{"Tomas Lind was president of the University Musical Club for the year 1910, but his interests were not wholly confined to music.",
			"Tomas Lind was president of the University Musical Club for the year 1910."},
		// A relative clause on what the main clause ends on.
		{"Following a number of roles over the next decade, Paige was selected to play Eva Perón in the first production of Evita in 1978, which brought her to the attention of the broader public.",
			"Following a number of roles over the next decade, Paige was selected to play Eva Perón in the first production of Evita in 1978."},
		{"In 1909 Boult presented a paper to an Oxford musical group entitled Some Notes on Performance, in which he laid down three precepts for an ideal performance.",
			"In 1909 Boult presented a paper to an Oxford musical group entitled Some Notes on Performance."},
		// A subordinate clause is not cut off as if it were the main one.
		{"Although in the latter part of his career he worked with other orchestras, including the London Symphony Orchestra, it was the LPO with which he was primarily associated.", ""},
		// A comma after a conjunction opens an aside inside the clause
		// the conjunction begins, not a trailing clause: the cut would
		// end on "but." Nor is the comma after the aside a cut, since
		// the main clause's second half follows it.
		{"The survey, which was published in the bulletin of the Northern Walking Society, has surprised some of its members but, according to its editors, the figures show that walking clubs grow fastest in small towns.", ""},
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

// A short biography's theme under four items drafts true statements of
// its long sentences cut to their main clause, as a longer article's
// thin theme does: "In 1978, at the age of 19, Bush topped the UK Singles
// Chart for four weeks with her debut single Wuthering Heights, becoming
// …" (Kate Bush's biography) gave no item at all. The biography here is
// written for the test in that shape.
func TestShortBiographyCutStatement(t *testing.T) {
	text := "Marta Vell (born 4 May 1961) is a Danish singer-songwriter and record producer. Her unusual vocal range and theatrical stage shows have made her one of Denmark's most successful solo performers of the past 40 years.\n\n" +
		"In 1980, at the age of 19, Vell topped the Danish Singles Chart for six weeks with her debut single Grey Harbour, becoming the first woman to have a Danish number one with a song she wrote herself. She has since released eleven albums, four of which topped the Danish Albums Chart, and has had 20 Top 40 hit singles.\n\n" +
		"In 1989, she won a Grammis Award for Best Female Artist, and in 2004, her songwriting was honoured with the Carl Prize for Lifetime Achievement. After her 1983 tour — the only concert tour of her career — Vell released the 1984 album Salt and Iron, which made her the first Danish woman to top the album charts in Sweden and Norway.\n\n" +
		"Vell was born in Aarhus to a Danish ship's engineer, Jens Vell, and his Scottish wife, Moira Grant. She grew up in a house by the harbour with her two older brothers, who both played in local folk bands."
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "True or false? In 1980, at the age of 19, Vell topped the Danish Singles Chart for six weeks with her debut single Grey Harbour."
	for _, d := range res.Drafts {
		if d.Question != nil && d.Question.Prompt == want {
			return
		}
	}
	var got []string
	for _, d := range res.Drafts {
		if d.Question != nil {
			got = append(got, d.Question.Prompt)
		}
	}
	t.Errorf("no statement %q proposed; proposed %q", want, got)
}
