package generate

import "testing"

func TestPossessiveOpeningResolved(t *testing.T) {
	x, err := analyse([]string{
		"The hospitals of the north were short of trained staff for most of the century. " +
			"Many wards were run by volunteers from the churches of the towns.",
		"Maria Holt trained as a nurse at the city hospital in Leeds. " +
			"Her first post was on a fever ward at the edge of the city.",
		"Tomas Brand grew up on a farm in the hills above Varna. " +
			"His father kept sheep and sold wool at the market in the town.",
		"Tomas Brand met Maria Holt at the hospital in Leeds. " +
			"His letters to her were printed after the war by his son.",
		"Edda Lund wrote plays for her own theatre in Malmo for twenty years. " +
			"His plays were staged there by Karl Berg in the same years.",
		"Jon Ask taught music at the school in Lund for ten years. " +
			"His pupils included Karl Berg, who later praised him in a book.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		// One woman is the subject of the sentence before: "Her" is hers.
		"Her first post was on a fever ward at the edge of the city.": "Maria Holt's first post was on a fever ward at the edge of the city.",
		// One man, likewise.
		"His father kept sheep and sold wool at the market in the town.": "Tomas Brand's father kept sheep and sold wool at the market in the town.",
		// Two people in the sentence before: whose letters?
		"His letters to her were printed after the war by his son.": "",
		// The sentence before is about a woman ("her own theatre"): "His"
		// is someone else.
		"His plays were staged there by Karl Berg in the same years.": "",
		// Another man in the sentence and a later pronoun: "him" may be
		// either.
		"His pupils included Karl Berg, who later praised him in a book.": "",
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
