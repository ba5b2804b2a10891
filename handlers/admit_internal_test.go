package handlers

import "testing"

// Every route the gate orders is a route Lectern serves: a pattern
// misspelt here would leave its page outside the gate.
func TestAdmitClassesNameRealRoutes(t *testing.T) {
	routes := map[string]bool{}
	for _, rt := range (&Handler{}).Routes() {
		routes[rt.Pattern] = true
		if _, ok := admitClasses[rt.Pattern]; ok && rt.Role != "" {
			t.Errorf("%s is an instructor's or admin's route; the gate orders learners' pages", rt.Pattern)
		}
	}
	for p := range admitClasses {
		if !routes[p] {
			t.Errorf("admitClasses names %q, which is no route", p)
		}
	}
}
