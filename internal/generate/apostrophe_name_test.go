package generate

import (
	"strings"
	"testing"
)

// A name with an apostrophe after its first letter is one token and one
// answer, whichever apostrophe it is written with and whatever letter
// follows it; contractions and possessives are left as they were.
func TestApostropheNamesStayWhole(t *testing.T) {
	a, err := analyse([]string{
		"At the independent publisher Michael O’Mara, which has sold almost 340,000 of the books, the head of publicity explains the craze.",
		"The striker Ann D'Souza scored twice for the county side in the final on Sunday.",
		"Councillor Liam O’Sullivan said the new bridge would open in the spring.",
		"I'M SURE it’s the right decision, the head teacher said of the school’s new timetable.",
	})
	if err != nil {
		t.Fatal(err)
	}
	var toks []string
	for _, s := range a.sents {
		for i, tk := range s.toks {
			toks = append(toks, tk.text)
			rest := strings.TrimLeft(tk.text, "’'")
			if rest != tk.text && rest != "" && startsUpper(rest) && (i == 0 || s.toks[i-1].text != "I") {
				t.Errorf("half a name left as a token: %q in %q", tk.text, s.text)
			}
		}
	}
	joined := " " + strings.Join(toks, " ") + " "
	for _, want := range []string{" O’Mara ", " D'Souza ", " O’Sullivan ", " it ’s ", " school ’s "} {
		if !strings.Contains(joined, want) {
			t.Errorf("tokens lack %q: %s", want, joined)
		}
	}
	if strings.Contains(joined, " I’M ") || strings.Contains(joined, " I'M ") {
		t.Errorf("a contraction after I was joined as a name: %s", joined)
	}
	var answers []string
	for _, s := range a.sents[:1] {
		for _, sp := range s.spans {
			answers = append(answers, sp.answer())
		}
	}
	found := false
	for _, ans := range answers {
		if strings.HasSuffix(ans, "O") {
			t.Errorf("an answer cut at the apostrophe: %q", ans)
		}
		if strings.Contains(ans, "O’Mara") {
			found = true
		}
	}
	if !found {
		t.Errorf("no answer holds the whole name Michael O’Mara: %q", answers)
	}
}
