package keysentence

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func texts(par string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, par[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		par  string
		want []string
	}{
		{"One. Two.", []string{"One.", "Two."}},
		{"Mr. Smith came. He left.", []string{"Mr. Smith came.", "He left."}},
		{"The U.S. economy grew. Prices fell.", []string{"The U.S. economy grew.", "Prices fell."}},
		{`He said "go home." Then he left!`, []string{`He said "go home."`, "Then he left!"}},
		{"Ships left in 1358. 12 returned.", []string{"Ships left in 1358.", "12 returned."}},
		{"J. R. Smith wrote it. Nobody read it.", []string{"J. R. Smith wrote it.", "Nobody read it."}},
		{"version 2.5 shipped. ok then", []string{"version 2.5 shipped. ok then"}},
		{"  Trailing spaces.  ", []string{"Trailing spaces."}},
		{"", nil},
	}
	for _, tt := range tests {
		got := texts(tt.par, Sentences(tt.par))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.par, got, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	par := "The Hanse was a league of merchant towns. Its ships carried grain and furs across the Baltic. Lübeck led it for three centuries."
	s, ok := Find(par, "The article says: “Its ships carried grain and furs across the Baltic.”", "grain")
	if !ok || par[s.Start:s.End] != "Its ships carried grain and furs across the Baltic." {
		t.Errorf("Find = %q, %v", par[s.Start:s.End], ok)
	}
	// A phrase the explanation quotes marks its sentence, however long.
	long := "Leaders met. Their increasing accord indicates a desire to propose an alternative to the Western-dominated global system, with both heads stressing strategic collaboration amid rising geopolitical strains. Others watched."
	s, ok = Find(long, `Paragraph 1 says the accord "indicates a desire to propose an alternative"; neither predicts more.`)
	if !ok || !strings.HasPrefix(long[s.Start:s.End], "Their increasing accord") {
		t.Errorf("Find by quoted phrase = %q, %v", long[s.Start:s.End], ok)
	}
	// Clues that share little with every sentence find none.
	if _, ok := Find(par, "Which city hosted the diet?", "Cologne"); ok {
		t.Error("found a key sentence from unrelated clues")
	}
}

func TestQuoted(t *testing.T) {
	if !Quoted(`The article says: “Lübeck led it for three centuries.”`, "Lübeck led it for three centuries.") {
		t.Error("a quoted sentence is not seen as quoted")
	}
	if Quoted("Lübeck led the league.", "Lübeck led it for three centuries.") {
		t.Error("a paraphrase is seen as a quote")
	}
}

// FuzzFind: any paragraph and clues give spans inside the paragraph, in
// order, on rune boundaries, without panicking.
func FuzzFind(f *testing.F) {
	f.Add("One. Two! Three?", "two")
	f.Add(`He said "go." “Then” she left.’ Mr. X`, "she left")
	f.Add("…. . .. ?! \u00a0A", "a")
	f.Add("Ships left in 1358. 12 returned.", "ships 1358 left")
	f.Fuzz(func(t *testing.T, par, clue string) {
		prev := 0
		for _, s := range Sentences(par) {
			if s.Start < prev || s.End < s.Start || s.End > len(par) {
				t.Fatalf("span %v out of order in %q", s, par)
			}
			if utf8.ValidString(par) && (!utf8.ValidString(par[:s.Start]) || !utf8.ValidString(par[s.Start:s.End])) {
				t.Fatalf("span %v splits a rune in %q", s, par)
			}
			prev = s.End
		}
		if s, ok := Find(par, clue); ok && (s.Start < 0 || s.End > len(par) || s.Start > s.End) {
			t.Fatalf("Find span %v", s)
		}
		Quoted(clue, par)
	})
}
