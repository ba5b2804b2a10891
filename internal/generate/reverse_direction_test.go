package generate

import "testing"

func TestReversalPlausible(t *testing.T) {
	for _, tc := range []struct {
		course string
		paras  []string
		sub    string // the sentence reversed
		want   bool
	}{
		// A rank after a possessive or in an apposition is why the
		// report names the firm.
		{"Ferry deal agreed", []string{"Harbour Lines has bought Corran Ferries, the largest ferry operator in the north."}, "Harbour Lines", false},
		{"Ferry deal agreed", []string{"Harbour Lines is buying a share of Wales's largest ferry operator."}, "Harbour Lines", false},
		// The headline says which way.
		{"Fast spreading moss alarms farmers", []string{"A new moss is worrying farmers in the valley.", "The moss grows faster than any weed seen in the region before."}, "The moss grows", false},
		// A statement of aim.
		{"Court plan published", []string{"Ministers say the plan is aimed at cutting delays and increasing the number of cases heard each week."}, "Ministers say", false},
		// The sentence's own contrast on the same dimension.
		{"New rules for firms", []string{"Big firms already follow the rules, but smaller ones have until next year to comply."}, "Big firms", false},
		// The rest of the sentence says what the change led to (a BBC
		// technology report on desktop search).
		{"Search sites get closer to users", []string{"Search start up Blinkx has released a second version of its software.", "Since Blinkx launched it has faced increased competition from firms such as Google, Copernic, Enfish, X1 and Apple all of whom now have programs that let people search their PC as well as the web."}, "Since Blinkx", false},
		// A change with no "now" after it stays.
		{"Search sites get closer to users", []string{"Search start up Blinkx has released a second version of its software.", "Since Blinkx launched it has faced increased competition from firms such as Google and Apple."}, "Since Blinkx", true},
		// One comparative of a coordinated pair reversed reads false on
		// its face ("got slower and smarter").
		{"Robot learns to climb stairs", []string{"A walking robot built in Osaka is on show this week.", "The firm's walking robot has just got faster and smarter, its makers say."}, "The firm's walking", false},
		{"Phone survey published", []string{"A survey of phone buyers was published on Monday.", "Phones sold this year are lighter and faster than those sold in 2003, the survey found."}, "Phones sold", false},
		{"Engine tests finished", []string{"Two engines were tested at the plant in March.", "The second engine was faster and more reliable than the first, engineers found."}, "The second engine", false},
		// The sentence or the headline says it improved: slower is false
		// on its face.
		{"Engine tests finished", []string{"Two engines were tested at the plant in March.", "The improved engine turned out faster than the one it replaced, engineers said."}, "The improved engine", false},
		{"Upgraded robot on show", []string{"A walking robot built in Osaka is on show this week.", "The robot walks faster than the model shown at the fair in 2003, its makers say."}, "The robot walks", false},
		{"Robot on show", []string{"A walking robot built in Osaka is on show this week.", "The new robot walks faster than the model shown at the fair in 2003, its makers say."}, "The new robot", false},
		// A comparison that is no pair and says nothing of improvement.
		{"Robot on show", []string{"A walking robot built in Osaka is on show this week.", "The robot walks faster than the model shown at the fair in 2003, its makers say."}, "The robot walks", true},
		{"Rail survey published", []string{"A survey of travellers was published on Monday.", "Trains on the coast line were faster than buses and cost less, the survey found."}, "Trains on the", true},
		// A plain comparison under a headline that does not give it away.
		{"Ferry fares reviewed", []string{"The trust reviewed its fares in the spring.", "Fares on the northern route rose by a third over the winter months."}, "Fares on the", true},
	} {
		x, err := analyse(tc.paras)
		if err != nil {
			t.Fatal(err)
		}
		x.course = tc.course
		s := sentenceWith(t, x, tc.sub)
		st, en, _, ok := reversible(s.text)
		if !ok {
			t.Errorf("%q: no reversible word", s.text)
			continue
		}
		if got := x.reversalPlausible(s, st, en); got != tc.want {
			t.Errorf("%q under %q: reversalPlausible = %v, want %v", s.text, tc.course, got, tc.want)
		}
	}
}
