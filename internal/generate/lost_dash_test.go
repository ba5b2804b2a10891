package generate

import (
	"reflect"
	"testing"
)

func TestLostDashRestored(t *testing.T) {
	text := "Ferry fares rise   again\n\n" +
		"The ferry company raised its fares by a tenth   the third rise in two years   and said more would follow.\n\n" +
		"Two  spaces are a slip.  So are spaces after a full stop, and a comma ,   too."
	got := SplitParagraphs(text)
	want := []string{
		"Ferry fares rise — again",
		"The ferry company raised its fares by a tenth — the third rise in two years — and said more would follow.",
		"Two spaces are a slip. So are spaces after a full stop, and a comma , too.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SplitParagraphs:\n got %q\nwant %q", got, want)
	}
}
