package generate

import (
	"strings"
	"testing"
)

// A description made of the title of a person named before takes the
// name: the statement says what was said and who said it.
func TestTitledSubject(t *testing.T) {
	x, err := analyse([]string{
		"Archbishop Desmond Tutu has called for the release of the remaining inmates at Guantanamo Bay and terror suspects detained without trial in the UK.",
		"His comments follow news that all four Britons held by the US in the Cuban camp will be freed within weeks. The South African archbishop said detentions without trial were \"unacceptable\" and \"distressing\".",
		"On Tuesday Foreign Secretary Jack Straw told the Commons that the US had agreed to release the four men. Bishop Anne Hale and Bishop Tom Reed visited the camp. The bishop said the talks had gone well.",
		"Prime Minister Tony Blair visited the city in March. The former prime minister said the talks had gone well.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ sub, want string }{
		// The title written before the name in the lead.
		{"The South African archbishop", "Archbishop Desmond Tutu"},
		// Two bishops named: which one is not plain.
		{"The bishop said", ""},
		// "former": the title is no longer his.
		{"The former prime minister", ""},
	} {
		s := sentenceWith(t, x, tc.sub)
		e, ok := x.titledSubject(s)
		if ok && e.new != tc.want || !ok && tc.want != "" {
			t.Errorf("%q: titledSubject = %q, %v; want %q", s.text, e.new, ok, tc.want)
		}
	}
	res, err := Generate("Tutu's Guantanamo release call\n\n"+strings.Join([]string{
		"Archbishop Desmond Tutu has called for the release of the remaining inmates at Guantanamo Bay and terror suspects detained without trial in the UK.",
		"His comments follow news that all four Britons held by the US in the Cuban camp will be freed within weeks. The South African archbishop said detentions without trial were \"unacceptable\" and \"distressing\". Twelve foreign nationals are being held indefinitely without trial in the UK under anti terror laws.",
	}, "\n\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "True or false? Archbishop Desmond Tutu said detentions without trial were \"unacceptable\" and \"distressing\"."
	for _, d := range res.Drafts {
		if d.Proposed && d.Question != nil && d.Question.Prompt == want {
			return
		}
	}
	t.Errorf("no proposed statement %q", want)
}
