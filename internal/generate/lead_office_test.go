package generate

import (
	"strings"
	"testing"
)

func TestAbbrevName(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"She was secretary of the Workers' Education League (WEL) from 1931 to 1940.", "Workers' Education League (WEL)"},
		{"He led the Pan-Baltic Rowing Union (PBRU) for ten years.", "Pan-Baltic Rowing Union (PBRU)"},
		{"He sat in the House of Keys (HK) until 1970.", "House of Keys (HK)"},
		// Brackets that are not the name's initials.
		{"He joined the Harbour Board (1950) as a clerk.", ""},
		{"She joined the Harbour Board (HQ) as a clerk.", ""},
		{"He chaired Northern Rail (N) briefly.", ""},
	} {
		got := ""
		if s, _, e, ok := abbrevName(c.text); ok {
			got = c.text[s:e]
		}
		if got != c.want {
			t.Errorf("abbrevName(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestLeadOffice(t *testing.T) {
	paras := []string{
		"Agnes Hart (1899 – 1977) was a Scottish trade unionist and teacher. She was secretary of the Workers' Education League (WEL) from 1931 to 1940, and a founder of the Clyde Housing Trust (CHT) in 1946. In 1950, she was elected to the town council of Paisley.",
		"Hart grew up in Greenock, where her father kept a shop near the harbour.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(x.sents)
	it := x.leadOffice(x.sents, nil)
	if it == nil {
		t.Fatal("no card on the lead's abbreviated organisation")
	}
	if want := "Hart was secretary of the _____ from 1931 to 1940."; it.c.Front != want {
		t.Errorf("front %q, want %q", it.c.Front, want)
	}
	if want := "Workers' Education League (WEL)"; it.c.Back != want {
		t.Errorf("back %q, want %q", it.c.Back, want)
	}
	// Taken by a proposed item: the next sentence with such a name.
	out := []item{{sent: it.sent, proposed: true}}
	if o := x.leadOffice(x.sents, out); o != nil {
		t.Errorf("a second card %q on a lead with one such sentence left unused", o.c.Front)
	}
	// Another person named before "She": not the subject's sentence.
	y, err := analyse([]string{
		"Agnes Hart (1899 – 1977) was a Scottish trade unionist. Her mentor was Jean Muir. She was secretary of the Workers' Education League (WEL) from 1931 to 1940.",
		"Hart grew up in Greenock, where her father kept a shop near the harbour.",
	})
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(y.sents)
	if o := y.leadOffice(y.sents, nil); o != nil && strings.Contains(o.c.Front, "Hart was secretary") {
		t.Errorf("card %q puts Hart in for a \"She\" that may be Muir", o.c.Front)
	}
	// Outside the lead paragraph: no card.
	z, err := analyse([]string{
		"Agnes Hart (1899 – 1977) was a Scottish trade unionist and teacher.",
		"Hart grew up in Greenock. She was secretary of the Workers' Education League (WEL) from 1931 to 1940.",
	})
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(z.sents)
	if o := z.leadOffice(z.sents, nil); o != nil {
		t.Errorf("card %q from outside the lead", o.c.Front)
	}
}
