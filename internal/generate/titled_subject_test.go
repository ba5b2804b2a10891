package generate

import "testing"

// A description made of the title of a person named before takes the
// name: the statement says what was said and who said it.
func TestTitledSubject(t *testing.T) {
	x, err := analyse([]string{
		"Archbishop Desmond Tutu has called for the release of the prisoners held at the camp.",
		"His remarks follow news that three Britons held in the camp will be freed soon. The South African archbishop said detentions without trial were \"unacceptable\" and \"distressing\".",
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
	// A report written for the test: its statement on what the bishop
	// said is proposed with his name.
	res, err := Generate(`Bishop calls for camp release

Bishop Alan Marsh has called for the release of the remaining prisoners at the island camp and of the suspects detained without trial in the UK.

His remarks follow news that three Britons held in the camp will be freed within weeks. The retired bishop said detention without trial was "wrong" and "shameful". Nine foreign nationals are being held indefinitely without trial in the UK under emergency security laws.

Foreign nationals detained in the UK are being held at two prisons in the north. In March the appeal judges ruled against the emergency security powers. But the men are still in prison.

Bishop Marsh criticised the powers, saying: "Nobody should be locked up without a trial." But the Home Office defended the powers.`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "True or false? Bishop Alan Marsh said detention without trial was \"wrong\" and \"shameful\"."
	for _, d := range res.Drafts {
		if d.Proposed && d.Question != nil && d.Question.Prompt == want {
			return
		}
	}
	t.Errorf("no proposed statement %q", want)
}

// A longer office is not the office: "Deputy Mayor Ruth Dale" is not the
// mayor, nor "Vice President Omar Reyes" the president, nor "the former
// Prime Minister Alan Ford" the prime minister. Only the person whose
// title is the office itself is written in; where there is none, the
// statement is not repaired.
func TestTitledSubjectLongerOffice(t *testing.T) {
	x, err := analyse([]string{
		"The council met on Monday with Deputy Mayor Ruth Dale in the chair. The mayor said the bridge would open in May.",
		"Mayor Ken Lowe opened the depot on Friday, and Deputy Mayor Ruth Dale cut the ribbon. The mayor said the buses would run all night.",
		"The plan was backed by Vice President Omar Reyes at the summit. The president said the deal would cut tariffs.",
		"The talks were led by the former Prime Minister Alan Ford on Sunday. The prime minister said the strike had to end.",
		"Shadow Health Secretary Nia Moss visited the ward. The health secretary said waiting lists were falling.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ sub, want string }{
		{"The mayor said the bridge", ""},
		{"The mayor said the buses", "Mayor Ken Lowe"},
		{"The president said", ""},
		{"The prime minister said", ""},
		{"The health secretary said", ""},
	} {
		s := sentenceWith(t, x, tc.sub)
		e, ok := x.titledSubject(s)
		if ok && e.new != tc.want || !ok && tc.want != "" {
			t.Errorf("%q: titledSubject = %q, %v; want %q", s.text, e.new, ok, tc.want)
		}
	}
}
