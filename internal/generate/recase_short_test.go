package generate

import "testing"

// A run of short words in capitals opening an article (small capitals
// in print) is recased where the article bears each word out, and the
// paragraph counts as opening on a hook.
func TestShortCapsLead(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  string
	}{
		{"number and article",
			[]string{"THE TWO ferries left Harwick at dawn, an hour late.", "By noon the two crews had tied up at the far quay."},
			"The two ferries left Harwick at dawn, an hour late."},
		{"pronoun and modal",
			[]string{"YOU CAN hear the old mill from the ring road.", "Its wheel has turned since 1820."},
			"You can hear the old mill from the ring road."},
		{"abbreviation written in capitals elsewhere",
			[]string{"THE BBC said on Monday that it would close the studio.", "The staff will move.", "Unions are angry.", "A BBC spokesman said the staff would move to Salford."},
			"The BBC said on Monday that it would close the studio."},
		{"a word the article never writes otherwise",
			[]string{"THE TGV pulled out of Lyon with forty patients aboard.", "Each carriage held four beds."},
			"THE TGV pulled out of Lyon with forty patients aboard."},
	}
	for _, c := range cases {
		got := recaseLeads(c.paras)[0]
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	if !capsOpening("THE TWO ferries left Harwick at dawn, an hour late.") {
		t.Error("a run of short words in capitals does not open a hook")
	}
	// Short words after a comma-closed fronted phrase, or a run with a
	// word under three letters, are left to the other rules.
	for _, p := range []string{"UK GDP grew by 2% last year.", "IN MAY, Harwick Council voted to close the quay."} {
		if w, sure := capsRun(p); len(w) > 0 && !sure {
			t.Errorf("%q taken as a run of short words", p)
		}
	}
}
