package generate

import (
	"strings"
	"testing"
)

func TestPrevSubjectResolved(t *testing.T) {
	x, err := analyse([]string{
		"The harbour of Brelling was rebuilt after the storm of 1881. " +
			"Oskar Vendel was the engineer in charge of the new breakwater. " +
			"He designed a wall of granite blocks that still stands at the harbour mouth. " +
			"In 1890 he built the lighthouse at the end of the wall. " +
			"In that decade he repaired the wall twice after storms.",
		"Oskar Vendel later worked on the canal at Ostby. " +
			"After the canal opened, he taught engineering at the college in Ostby. " +
			"He wrote a handbook on harbour walls that engineers used for fifty years.",
		"Margit Aalund met Oskar Vendel at the college in Ostby. " +
			"He asked her to draw the plans for the lighthouse at Brelling.",
		"Vendel hired the mason Pieter Holm for the lighthouse. " +
			"He cut every block of the tower by hand in the winter of 1890.",
		"Anna Ruud ran the Ostby shipyard for twenty years. " +
			"She met the engineer Karl Moe, who later worked for her.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		// The subject of the sentence before.
		"He designed a wall of granite blocks that still stands at the harbour mouth.": "Oskar Vendel designed a wall of granite blocks that still stands at the harbour mouth.",
		// Through "he", the subject of a main clause after a fronted
		// clause, to the name before it.
		"He wrote a handbook on harbour walls that engineers used for fifty years.": "Oskar Vendel wrote a handbook on harbour walls that engineers used for fifty years.",
		// The subject of the main clause after a fronted phrase.
		"In 1890 he built the lighthouse at the end of the wall.": "In 1890 Oskar Vendel built the lighthouse at the end of the wall.",
		// The fronted phrase leans on the sentence before too.
		"In that decade he repaired the wall twice after storms.": "",
		// Two people in the sentence before: which one?
		"He asked her to draw the plans for the lighthouse at Brelling.": "",
		// The sentence before names another man: not certain.
		"He cut every block of the tower by hand in the winter of 1890.": "",
		// Another person in the sentence and a later pronoun: "her" may be
		// anyone.
		"She met the engineer Karl Moe, who later worked for her.": "",
	}
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		delete(want, s.text)
		if got := x.prevSubjectResolved(s); got != w {
			t.Errorf("%q: got %q, want %q", s.text, got, w)
		}
	}
	for s := range want {
		t.Errorf("sentence not found: %q", s)
	}
}

func TestYearEdit(t *testing.T) {
	x, err := analyse([]string{
		"The Kessel dam was finished in 1932 after six years of work. " +
			"In August of the same year, the first barges passed through its lock.",
		"The town council met in 1950 and again in 1952. " +
			"That year the council voted to widen the lock.",
		"The lock was widened after a long debate. " +
			"Later that year the first ships of the new size came through.",
		"Work on the second lock began in 1961. " +
			"Later that year a flood stopped the work for three months.",
		"The new lock opened in 1964. " +
			"In December that year the river froze over.",
		// A year counted from the one before (set 123, both judges:
		// CONTEXT).
		"The council sold the ferry in 1971. " +
			"The following year the council closed the old quay.",
		"The harbour was dredged in 1980. " +
			"By the previous year the silt had closed the channel.",
		"The harbour opened a marina. " +
			"The next year the marina lost money.",
		"The harbour board was formed in April 1990. " +
			"Most of its members were fishermen. " +
			"The following year the board bought the fish market.",
	})
	if err != nil {
		t.Fatal(err)
	}
	type res struct {
		e       edit
		has, ok bool
	}
	want := map[string]res{
		"In August of the same year, the first barges passed through its lock.": {edit{"of the same year", "of 1932"}, true, true},
		// Two years before: which?
		"That year the council voted to widen the lock.": {edit{}, true, false},
		// No year before: the sentence cannot be read alone.
		"Later that year the first ships of the new size came through.": {edit{}, true, false},
		"Later that year a flood stopped the work for three months.":    {edit{"Later that year", "Later in 1961"}, true, true},
		"In December that year the river froze over.":                   {edit{"that year", "1964"}, true, true},
		"The Kessel dam was finished in 1932 after six years of work.":  {edit{}, false, false},
		"The following year the council closed the old quay.":           {edit{"The following year", "In 1972"}, true, true},
		"By the previous year the silt had closed the channel.":         {edit{"By the previous year", "By 1979"}, true, true},
		"The next year the marina lost money.":                          {edit{}, true, false},
		"The following year the board bought the fish market.":          {edit{"The following year", "In 1991"}, true, true},
	}
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		delete(want, s.text)
		e, has, ok := x.yearEdit(s)
		if (res{e, has, ok}) != w {
			t.Errorf("%q: got %+v %v %v, want %+v", s.text, e, has, ok, w)
		}
	}
	for s := range want {
		t.Errorf("sentence not found: %q", s)
	}
}

func TestFocusRepaired(t *testing.T) {
	x, err := analyse([]string{
		"Ida Verhoeven built the first bridge over the Lerne in 1902. " +
			"Verhoeven is also remembered as a pioneer of reinforced concrete in the Low Countries. " +
			"However, concrete bridges were rare in the province until the 1920s. " +
			"However, they cost far less to keep than iron ones. " +
			"The firm built roads and also several railway stations in the province. " +
			"Verhoeven was also known as the Iron Lady of the Lerne by the workers of her firm. " +
			"The bridges were not only cheap but also strong enough for the new lorries.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Verhoeven is also remembered as a pioneer of reinforced concrete in the Low Countries.": "Verhoeven is remembered as a pioneer of reinforced concrete in the Low Countries.",
		"However, concrete bridges were rare in the province until the 1920s.":                   "Concrete bridges were rare in the province until the 1920s.",
		// "they" still needs the sentence before.
		"However, they cost far less to keep than iron ones.": "",
		// "and also": the other half comes before.
		"The firm built roads and also several railway stations in the province.": "",
		// A name, not a second fact.
		"Verhoeven was also known as the Iron Lady of the Lerne by the workers of her firm.": "",
		"The bridges were not only cheap but also strong enough for the new lorries.":        "",
		// Nothing to leave out.
		"Ida Verhoeven built the first bridge over the Lerne in 1902.": "",
	}
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		delete(want, s.text)
		if got := focusRepaired(s); got != w {
			t.Errorf("%q: got %q, want %q", s.text, got, w)
		}
	}
	for s := range want {
		t.Errorf("sentence not found: %q", s)
	}
}

func TestPrevSubjectBiography(t *testing.T) {
	x, err := analyse([]string{
		"Jan Ostrander Vell was a Dutch painter of harbours and ships. " +
			"Later taking the name Jan Vell, he became the best known painter of Rotterdam. " +
			"He spent ten years in Paris painting the quays of the Seine.",
		"Vell returned to Rotterdam in 1881 and opened a studio on the harbour.",
		"Vell died in Rotterdam in 1921.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range x.sents {
		if s.text != "He spent ten years in Paris painting the quays of the Seine." {
			continue
		}
		// The sentence before names the subject by another name: still
		// the subject, called as the article calls them.
		want := "Vell spent ten years in Paris painting the quays of the Seine."
		if got := x.prevSubjectResolved(s); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
		return
	}
	t.Error("sentence not found")
}

// TestFocusRepairedConnective: an opening connective that only ties the
// sentence to the one before is left out; one that changes what the
// sentence says, or that takes something from the sentence before, is
// not.
func TestFocusRepairedConnective(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"But the opposition parties said the new minister needed to change the housing policy.", "The opposition parties said the new minister needed to change the housing policy."},
		{"Meanwhile the health board published new figures on hospital waiting lists in the assembly.", "The health board published new figures on hospital waiting lists in the assembly."},
		{"Later, the town council voted to close the harbour to fishing boats for the winter.", "The town council voted to close the harbour to fishing boats for the winter."},
		{"In addition, the mill employed forty children from the orphanage at Brelling.", "The mill employed forty children from the orphanage at Brelling."},
		{"None the less, the council in Varo kept its harbour open to fishing boats all winter.", "The council in Varo kept its harbour open to fishing boats all winter."},
		{"Firstly, nobody on the council wants the harbour closed to fishing boats for good.", "Nobody on the council wants the harbour closed to fishing boats for good."},
		// A phrase standing for what the sentences before said, and a
		// comparative adverb: both lean back, and the fact stands without.
		{"Faced with this, young families are increasingly moving back to the villages around Varo to save money.", "Young families are increasingly moving back to the villages around Varo to save money."},
		{"Despite all this, the council in Varo kept its harbour open to fishing boats all winter.", "The council in Varo kept its harbour open to fishing boats all winter."},
		{"More controversially, some councillors have suggested that the harbour fees could pay for the new school.", "Some councillors have suggested that the harbour fees could pay for the new school."},
		{"Perhaps more importantly, the mill employed forty children from the orphanage at Brelling.", "The mill employed forty children from the orphanage at Brelling."},
		// A hedge says how sure the fact is; "that" here opens a clause.
		{"Most likely, the council in Varo will keep its harbour open to fishing boats all winter.", ""},
		{"Given that the harbour was closed, the council in Varo paid the fishermen for the winter.", ""},
		{"Later that year the town council voted to close the harbour to fishing boats.", ""},
		{"Still images of the harbour were sold to visitors at the station in Varo.", ""},
		{"Similarly, the council in Varo closed its harbour to fishing boats in winter.", ""},
		{"But they said the new minister needed to change the housing policy at once.", ""},
	} {
		x, err := analyse([]string{c.in})
		if err != nil {
			t.Fatal(err)
		}
		if got := focusRepaired(x.sents[0]); got != c.want {
			t.Errorf("focusRepaired(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A sentence whose "However," is left out and which ends in "this" as an
// object: the kept words' offsets must be read against the shortened
// sentence, or the check for quotation runs past its end (a panic on a
// real report).
func TestFocusRepairedOffsets(t *testing.T) {
	x, err := analyse([]string{
		"Older editions of the atlas printed no contour lines. " +
			"However, newer editions of the atlas, in which walkers can mark their own routes, could be changed to show this.",
	})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range x.sents {
		if !strings.HasPrefix(s.text, "However,") {
			continue
		}
		found = true
		text, kept := focusDropped(s)
		if text == "" {
			t.Fatalf("%q: nothing left out", s.text)
		}
		for _, k := range kept {
			if k.start < 0 || k.end > len(text) || !strings.EqualFold(text[k.start:k.end], k.text) {
				t.Errorf("kept %q at [%d:%d] does not match %q", k.text, k.start, k.end, text)
			}
		}
		// "this" stands for what the sentence before said.
		if got := focusRepaired(s); got != "" {
			t.Errorf("focusRepaired(%q) = %q, want it held back", s.text, got)
		}
	}
	if !found {
		t.Fatal("sentence not found")
	}
}
