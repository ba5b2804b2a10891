package generate

import "testing"

// TestCountryBodyNoDescription: "The Scottish Executive", a body named by
// its country's adjective and a capitalised head, is a name, not a
// description of someone named before, and the sentence reads alone;
// "The Scottish executive" is still a description.
func TestCountryBodyNoDescription(t *testing.T) {
	for _, c := range []struct {
		paras []string
		desc  bool
	}{
		{[]string{"Plans to create a single correctional agency for Scotland have been scrapped.",
			"The Scottish Executive will not now merge the Scottish Prison Service with local authority social work criminal justice departments."}, false},
		{[]string{"Anna Ross left the board of the Kelso Mills bank in May.",
			"The Scottish executive will not now join the board of the Glen Water company."}, true},
	} {
		x, err := analyse(c.paras)
		if err != nil {
			t.Fatal(err)
		}
		s := x.sents[len(x.sents)-1]
		if _, ok := personDescription(s); ok != c.desc {
			t.Errorf("%q: read as a description %v, want %v", s.text, ok, c.desc)
		}
		if _, ok := x.contextEdits(s); !c.desc && !ok {
			t.Errorf("%q: does not read alone", s.text)
		}
	}
}
