package generate

import "testing"

// TestListKindsSettleAlongTheChain: a name listed with a member that is
// itself listed with a sure one takes the kind the chain ends with, the
// same in every run. Before, the kinds were set while a map was walked,
// and "Pedego" took "Vetra"'s kind before or after Vetra took Corvo's:
// one text drafted two different ways, about one run in five.
func TestListKindsSettleAlongTheChain(t *testing.T) {
	corvo := &span{key: "corvo", kind: kOrg, rule: "short-form"}
	vetra := &span{key: "vetra", kind: kPlace, sub: subCity, rule: "ner"}
	adopt := map[string]*span{"vetra": corvo, "pedego": vetra}
	for range 50 {
		got := settleAdoptions(adopt)
		for _, k := range []string{"vetra", "pedego"} {
			if got[k].kd != kOrg || got[k].sub != "" {
				t.Fatalf("%s settled as %v/%q, want the organisation the chain ends with", k, got[k].kd, got[k].sub)
			}
		}
	}
	// A loop settles too: each takes the other's kind as found.
	a := &span{key: "a", kind: kOrg}
	b := &span{key: "b", kind: kPlace, sub: subCity}
	got := settleAdoptions(map[string]*span{"a": b, "b": a})
	if got["a"].kd != kOrg || got["b"].kd != kPlace {
		t.Errorf("a loop settled as %v, %v", got["a"], got["b"])
	}
}
