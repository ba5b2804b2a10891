package generate

import (
	"strings"
	"testing"
)

// TestLongInputCaches: the caches answer as the passes they stand for
// did: a phrase said three times is the topic and one said once is not,
// asked twice; "A of B" takes the pair as another sentence writes it; an
// alias an earlier sentence gives is found for a later one; and an
// article grown after the first question is read again.
func TestLongInputCaches(t *testing.T) {
	paras := []string{
		"On the estuary the tide mill was rebuilt in 1904. Millers kept grain and flour in its loft.",
		"In 1911 the tide mill ground wheat for the whole parish. A new sluice was added that year.",
		"Visitors now tour the tide mill in summer. The loft held grain of flour when it flooded.",
	}
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		if !a.knownTopic("the tide mill") {
			t.Errorf("ask %d: %q is not the topic", i+1, "the tide mill")
		}
		if a.knownTopic("the new sluice") {
			t.Errorf("ask %d: %q is the topic", i+1, "the new sluice")
		}
	}
	var slip *sentence
	for _, s := range a.sents {
		if strings.Contains(s.text, "grain of flour") {
			slip = s
		}
	}
	if slip == nil {
		t.Fatal("no sentence with the slip")
	}
	if e, ok := a.pairSlipEdit(slip); !ok || e.new != "grain and flour" {
		t.Errorf("pairSlipEdit = %+v, %v; want grain and flour", e, ok)
	}
	// A paragraph added after the first question counts.
	a.paras = append(a.paras, &para{n: 4, text: "The new sluice opened. The new sluice closed. The new sluice leaked."})
	if !a.knownTopic("the new sluice") {
		t.Error("a paragraph added later is not read")
	}

	b, err := analyse([]string{
		"Tom Harker left Leeds in 1737 and took the alias of William Dale.",
		"The constable grew suspicious of Dale within a month.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := b.aliasIntros(); len(got) != 1 || got[0].name != "William Dale" {
		t.Fatalf("aliasIntros = %+v", got)
	}
	if _, has, _ := b.aliasEdit(b.sents[1]); !has {
		t.Error("the alias is not found for the later sentence")
	}
	if _, has, _ := b.aliasEdit(b.sents[0]); has {
		t.Error("the sentence giving the alias is asked about it")
	}
}
