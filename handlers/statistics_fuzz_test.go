package handlers

import (
	"net/url"
	"strconv"
	"testing"
)

// FuzzParseStatsFilter: any query gives a filter that is either refused
// with a message beside a field or valid, and a valid one survives the
// trip through its query string.
func FuzzParseStatsFilter(f *testing.F) {
	for _, s := range []string{"", "attempts=all", "attempts=first", "attempts=most", "class=12", "class=-3",
		"class=year+9", "attempts=all&class=7", "class=99999999999999999999", "class=+4", "class=%00", "class=0x10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		got := parseStatsFilter(q)
		for field, msg := range got.Errors {
			if msg == "" || (field != "attempts" && field != "class") {
				t.Fatalf("error %q on field %q", msg, field)
			}
		}
		if len(got.Errors) > 0 {
			return
		}
		if got.ClassID < 0 || (got.Class != "" && strconv.FormatInt(got.ClassID, 10) == "0") {
			t.Fatalf("class %q read as %d", got.Class, got.ClassID)
		}
		back, err := url.ParseQuery(got.query()[min(1, len(got.query())):])
		if err != nil {
			t.Fatal(err)
		}
		again := parseStatsFilter(back)
		if len(again.Errors) > 0 || again.All != got.All || again.ClassID != got.ClassID {
			t.Fatalf("%q → %+v → %q → %+v", raw, got, got.query(), again)
		}
	})
}
