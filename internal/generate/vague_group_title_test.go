package generate

import "testing"

// TestVagueGroupTitle: a report's theme titled by a plural of people
// said in passing ("Game Makers") is titled by the name its sentences
// keep returning to ("Steam"); a name of the course's title, a place or
// a title that is not such a plural is left alone.
func TestVagueGroupTitle(t *testing.T) {
	paras := []string{
		"About 20,000 people have been banned from playing the Half Life 2 game.",
		"Game maker Valve shut down the online accounts of the players. Copies of Half Life 2 had been circulating on file sharing networks.",
		"Rob Fahey, editor of online news site gamesindustry.biz, said the mass banning showed off the power of the Steam system. Before now, he said, it has been hard for game makers to do anything about piracy once the game was being played. If Steam proves effective at cutting the piracy of games to a minimum, said Mr Fahey, other game makers may be tempted to set up copycat systems. This could mean that computers get cluttered with poorly written Steam type systems.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	x.course = "Ban hits Half Life 2 pirates hard"
	if got := x.vagueGroupTitle([]int{3}, "Game Makers", map[string]bool{}); got != "Steam" {
		t.Errorf("Game Makers: got %q, want Steam", got)
	}
	for _, title := range []string{"Copycat Systems", "Online Accounts"} {
		if got := x.vagueGroupTitle([]int{3}, title, map[string]bool{}); got != title {
			t.Errorf("%q: got %q, want it kept", title, got)
		}
	}
	if got := x.vagueGroupTitle([]int{3}, "Game Makers", map[string]bool{"steam": true}); got != "Game Makers" {
		t.Errorf("Game Makers with Steam used: got %q, want it kept", got)
	}
	x.course = "Steam ban hits pirates hard"
	if got := x.vagueGroupTitle([]int{3}, "Game Makers", map[string]bool{}); got != "Game Makers" {
		t.Errorf("Game Makers under a course on Steam: got %q, want it kept", got)
	}
}
