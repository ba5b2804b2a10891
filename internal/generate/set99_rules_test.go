package generate

import "testing"

// Three faults of set 99, each judged so by both judges: a fronted
// clause followed by a few words with no verb ("If Amazon is to be
// believed, not far at all.": CONTEXT, a fragment); a guess with
// "maybe" ("Maybe there will be terrain that the map doesn't know
// about": no claim to judge); a writer's aside ("An oil leak, by the
// way, doesn't count as catastrophic failure": TRIVIA).
func TestSet99Fragments(t *testing.T) {
	a := analyseText(t, "Delivery drones are being tested in three countries. How far are we from a drone landing in every garden? If the company is to be believed, not far at all. If the company is right, drones will deliver parcels within five years.\n\n"+
		"Pilots plan every flight on a map. Maybe there will be a tree that the map does not show. A crash, by the way, only counts when the drone falls out of the sky. Regulators count every crash in a yearly report.")
	for _, c := range []struct {
		sub      string
		verbless bool
	}{
		{"not far at all", true},
		{"drones will deliver", false},
	} {
		if got := noMainVerb(sentenceWith(t, a, c.sub)); got != c.verbless {
			t.Errorf("noMainVerb(%q) = %v, want %v", c.sub, got, c.verbless)
		}
	}
	if s := sentenceWith(t, a, "Maybe there"); !hedged(s) {
		t.Errorf("hedged(%q) = false", s.text)
	}
	for _, c := range []struct {
		sub   string
		aside bool
	}{
		{"by the way", true},
		{"Regulators count", false},
	} {
		if got := a.incidentalSentence(sentenceWith(t, a, c.sub)); got != c.aside {
			t.Errorf("incidentalSentence(%q) = %v, want %v", c.sub, got, c.aside)
		}
	}
}
