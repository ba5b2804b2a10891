package generate

import (
	"os"
	"strings"
	"testing"
)

// namedCheck runs namedOpening on every sentence of x that want names,
// with the sentences of the whole article as the theme.
func namedCheck(t *testing.T, x *article, want map[string]string) {
	t.Helper()
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		delete(want, s.text)
		if got, _ := x.namedOpening(s, x.sents); got != w {
			t.Errorf("%q:\n got %q\nwant %q", s.text, got, w)
		}
	}
	for s := range want {
		t.Errorf("sentence not found: %q", s)
	}
}

func TestNamedOpeningReport(t *testing.T) {
	x, err := analyse([]string{
		"Health minister Jane Hutt was moved to another post on Tuesday after months of criticism over hospital waiting lists.",
		"Ms Hutt defended her record on waiting lists in a speech to the assembly in Cardiff.",
		"Chancellor Gordon Smith set out the budget for the coming year on Wednesday. " +
			"Mr Smith also wants other European nations to match his target for spending on overseas aid.",
		"He also wants the richer countries to do more to help the development of new vaccines for malaria. " +
			"The chancellor is expected to raise spending on schools and hospitals in the next budget.",
		"Paul Grey and Anna Ruud opened the new harbour office at Ostby in the spring. " +
			"He also wants the council to build a second quay for the fishing fleet by the end of the decade.",
		"Tom Berg and Lena Berg founded the Ostby shipyard together in the year of the great flood. " +
			"Mr Berg later sold his share of the shipyard to a company from the capital city.",
		"Karl Moe ran the harbour school at Ostby for twenty years. " +
			"He also said they would need more teachers for the harbour school within a year.",
	})
	if err != nil {
		t.Fatal(err)
	}
	namedCheck(t, x, map[string]string{
		// A title and surname: the full name the article gave first.
		"Ms Hutt defended her record on waiting lists in a speech to the assembly in Cardiff.": "Jane Hutt defended her record on waiting lists in a speech to the assembly in Cardiff.",
		// "also" after the name is left out.
		"Mr Smith also wants other European nations to match his target for spending on overseas aid.": "Gordon Smith wants other European nations to match his target for spending on overseas aid.",
		// The subject of the sentence before, across a paragraph's
		// start, as the article first named him.
		"He also wants the richer countries to do more to help the development of new vaccines for malaria.": "Gordon Smith wants the richer countries to do more to help the development of new vaccines for malaria.",
		// A role the article put before one person's name.
		"The chancellor is expected to raise spending on schools and hospitals in the next budget.": "Chancellor Gordon Smith is expected to raise spending on schools and hospitals in the next budget.",
		// Two people in the sentence before: which one?
		"He also wants the council to build a second quay for the fishing fleet by the end of the decade.": "",
		// Two people of that surname.
		"Mr Berg later sold his share of the shipyard to a company from the capital city.": "",
		// The name put in, "they" still leans on the text before.
		"He also said they would need more teachers for the harbour school within a year.": "",
	})
}

func TestNamedOpeningBiography(t *testing.T) {
	x, err := analyse([]string{
		"Oskar Vendel (1850–1921) was a Danish engineer who rebuilt the harbour of Brelling. Vendel was the son of a mason.",
		"Vendel designed a wall of granite blocks that still stands at the harbour mouth. " +
			"His wall survived the great storm of 1899 without the loss of a single block.",
		"Vendel later taught at the college in Ostby, where Pieter Holm was his student. " +
			"He wrote a handbook on harbour walls that engineers used for fifty years.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, short := x.biographySubject(); short != "Vendel" {
		t.Fatalf("biography subject %q, want Vendel", short)
	}
	wall, book := x.sents[3], x.sents[5]
	theme := x.sents[2:4]
	if got, _ := x.namedOpening(wall, theme); got != "Vendel's wall survived the great storm of 1899 without the loss of a single block." {
		t.Errorf("%q: got %q", wall.text, got)
	}
	// Another man is named in the theme before it: "He" is not certain.
	if got, _ := x.namedOpening(book, x.sents[4:6]); got != "" {
		t.Errorf("%q: got %q, want nothing", book.text, got)
	}
}

// TestNamedStatementReal runs namedOpening over the development articles
// where present: every sentence it repairs opens on the name it put in,
// a name of four words at most, and no longer on a pronoun or "The".
func TestNamedStatementReal(t *testing.T) {
	dir := evalDir(t)
	files, _ := os.ReadDir(dir)
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(dir + "/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		_, paras, _ := SplitSections(string(b))
		x, err := analyse(paras)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range x.sents {
			got, name := x.namedOpening(s, x.sents)
			if got == "" {
				continue
			}
			if !strings.HasPrefix(got, name) || strings.Count(name, " ") > 3 {
				t.Errorf("%s: %q -> %q (name %q)", f.Name(), s.text, got, name)
			}
			if l := strings.ToLower(strings.Fields(got)[0]); isPersonalPronoun(l) || l == "the" {
				t.Errorf("%s: %q still opens on %q", f.Name(), got, l)
			}
		}
	}
}

func TestNamedStatement(t *testing.T) {
	x, err := analyse([]string{
		"Health minister Jane Hutt was moved to another post on Tuesday after months of criticism over hospital waiting lists.",
		"Ms Hutt told the assembly that the lists were shorter than a year before. " +
			"She also defended her record on hospital waiting lists in a long speech to the assembly in Cardiff.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range x.sents {
		s.score = 0.6
	}
	perSent, used := map[int]int{}, map[string]bool{}
	it := x.namedStatement(x.sents, perSent, used, nil)
	if it == nil {
		t.Fatal("no statement")
	}
	if want := "True or false? Jane Hutt defended her record on hospital waiting lists in a long speech to the assembly in Cardiff."; it.q.Prompt != want || !it.named || it.prevName != "Jane Hutt" {
		t.Errorf("got %q (named %v, %q), want %q", it.q.Prompt, it.named, it.prevName, want)
	}
	// The sentence once used gives no second statement; one that reads
	// alone as it is ("Ms Hutt told …") is left to trueStatement.
	perSent[it.sent.idx] = 2
	if it := x.namedStatement(x.sents, perSent, used, nil); it != nil {
		t.Errorf("second statement %q", it.q.Prompt)
	}
}
