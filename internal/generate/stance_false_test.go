package generate

import "testing"

// A thin theme whose report sets one side's stance against another's on
// the same measures takes a false statement with the stance swapped; an
// article with one stance only gives none.
func TestStanceFalse(t *testing.T) {
	x, err := analyse([]string{
		"Nine foreign nationals are held without trial in the UK under emergency laws.",
		"In December the Lords ruled that the anti terror measures broke human rights laws. The men are still in prison.",
		"Archbishop Tutu criticised the measures, saying: \"I am opposed to any arbitrary detention that is happening, even in Britain.\" But the Home Office defended the measures.",
	})
	if err != nil {
		t.Fatal(err)
	}
	all := map[int]bool{1: true, 2: true, 3: true}
	sw := x.stanceFalse(all, map[int]bool{})
	if sw == nil {
		t.Fatal("stanceFalse = nil")
	}
	if got, want := sw.q.Prompt, "True or false? Archbishop Tutu defended the anti terror measures."; got != want {
		t.Errorf("prompt = %q, want %q", got, want)
	}
	if got, want := sw.q.Options[0].Feedback, "The article has “criticised”, not “defended”."; got != want {
		t.Errorf("feedback = %q, want %q", got, want)
	}
	// With Tutu's sentence asked already, the Home Office's is swapped.
	sw = x.stanceFalse(all, map[int]bool{sentenceWith(t, x, "Archbishop Tutu criticised").idx: true})
	if sw == nil || sw.q.Prompt != "True or false? The Home Office criticised the anti terror measures." {
		t.Errorf("second stance: %+v", sw)
	}

	// One stance only: the article does not set two sides against each
	// other, so no statement.
	y, err := analyse([]string{
		"Nine foreign nationals are held without trial in the UK under emergency laws.",
		"In December the Lords ruled that the anti terror measures broke human rights laws. Archbishop Tutu criticised the measures, saying they were unjust.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if sw := y.stanceFalse(map[int]bool{1: true, 2: true}, map[int]bool{}); sw != nil {
		t.Errorf("one stance: %q", sw.q.Prompt)
	}
}

// bishopReport is a short report written for the tests, told mostly in
// what its people said and did, as the Tutu report is.
const bishopReport = `Bishop calls for camp release

Bishop Alan Marsh has called for the release of the remaining prisoners at the island camp and of the suspects detained without trial in the UK.

His remarks follow news that three Britons held in the camp will be freed within weeks. The retired bishop said detention without trial was "wrong" and "shameful". Nine foreign nationals are being held indefinitely without trial in the UK under emergency security laws.

Foreign nationals detained in the UK are being held at two prisons in the north. In March the appeal judges ruled against the emergency security powers. But the men are still in prison.

Bishop Marsh criticised the powers, saying: "Nobody should be locked up without a trial." But the Home Office defended the powers.`

// A thin report of three true statements proposes the swap as its
// fourth item (a report written for the test).
func TestStanceFalseProposed(t *testing.T) {
	res, err := Generate(bishopReport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "True or false? Bishop Marsh defended the emergency security powers."
	for _, d := range res.Drafts {
		if d.Proposed && d.Question != nil && d.Question.Prompt == want {
			return
		}
	}
	t.Errorf("no proposed statement %q", want)
}
