package generate

import "testing"

// TestCourseTitleWithEvent: a course whose main subject is a one-word
// organisation or a place is named with what happens to it.
func TestCourseTitleWithEvent(t *testing.T) {
	cases := []struct{ text, want string }{
		{`LUMA met in Ostrava on Monday. LUMA membership was the only question on the table, and LUMA heard from twelve applicants.

Ostrava has hosted LUMA since 1990. LUMA membership brings access to shared archives and to the yearly grants.

Critics of LUMA say that LUMA membership costs too much for small libraries, which pay the same fee as national ones.

LUMA will vote on the twelve applications in June, and new members will join in September if the vote passes.`, "LUMA Membership"},
		{`Heavy floods struck the Upper Tarn Valley on Sunday. The floods in the Upper Tarn Valley closed every road into the valley.

Farmers in the Upper Tarn Valley lost most of their hay. Older residents said the floods were the worst since 1952.

The floods reached the school in the Upper Tarn Valley by noon, and its pupils were sent home by boat.

Engineers will inspect the bridges of the Upper Tarn Valley once the floods recede, which may take a week.`, "Floods in the Upper Tarn Valley"},
	}
	for _, c := range cases {
		res, err := Generate(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Course.Course.Title; got != c.want {
			t.Errorf("course title %q, want %q", got, c.want)
		}
	}
}
