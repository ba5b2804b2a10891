package generate

import "testing"

// A statement quoted whole leaves out an opening that ties it to the
// sentence before ("In response, …", "Around the same time, …": sets
// 262 and 275, both judges, CONTEXT).
func TestDropTimeTie(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"In response, the league set up a fund for the smaller clubs.", "The league set up a fund for the smaller clubs."},
		{"Around the same time, the painter was touring the hospitals of the city.", "The painter was touring the hospitals of the city."},
		{"In response to the floods, the league set up a fund.", "In response to the floods, the league set up a fund."},
		{"At the same time as the strike, fares rose.", "At the same time as the strike, fares rose."},
	} {
		if got := dropTimeTie(c.in); got != c.want {
			t.Errorf("dropTimeTie(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
