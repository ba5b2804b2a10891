package loadgen

import (
	"math/rand/v2"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// sent is what a jar would send, as "name=value" sorted.
func sent(j http.CookieJar, u *url.URL) []string {
	var out []string
	for _, c := range j.Cookies(u) {
		out = append(out, c.Name+"="+c.Value)
	}
	slices.Sort(out)
	return out
}

// The learner's jar sends what net/http/cookiejar sends for cookies such
// as Lectern sets (path "/", no domain, HttpOnly, SameSite=Lax, session or
// dated, deleted by Max-Age=0 or a past Expires), from one host, also to
// the same host on another port.
func TestJarAgreesWithTheStandardJar(t *testing.T) {
	hosts := []*url.URL{
		{Scheme: "http", Host: "127.0.0.1:8080", Path: "/courses/x"},
		{Scheme: "http", Host: "127.0.0.1:8081", Path: "/"},
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	names := []string{"lectern", "other", "third"}
	for seq := range 300 {
		std, _ := cookiejar.New(nil)
		our := newJar()
		for step := range 12 {
			name := names[rnd.IntN(len(names))]
			line := name + "=" + strconv.Itoa(rnd.IntN(1000)) + "; Path=/; HttpOnly; SameSite=Lax"
			switch rnd.IntN(5) {
			case 0:
				line += "; Max-Age=0"
			case 1:
				line += "; Max-Age=" + strconv.Itoa(1+rnd.IntN(86400))
			case 2:
				line += "; Expires=" + time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat)
			case 3:
				line += "; Expires=" + time.Now().Add(time.Hour).UTC().Format(http.TimeFormat)
			}
			c, err := http.ParseSetCookie(line)
			if err != nil {
				t.Fatal(err)
			}
			from := hosts[rnd.IntN(len(hosts))]
			std.SetCookies(from, []*http.Cookie{c})
			our.SetCookies(from, []*http.Cookie{c})
			for _, u := range hosts {
				if got, want := sent(our, u), sent(std, u); !slices.Equal(got, want) {
					t.Fatalf("sequence %d, step %d (%s): to %s sends %v, the standard jar %v", seq, step, line, u.Host, got, want)
				}
			}
		}
	}
}

// A cookie past its Max-Age is no longer sent.
func TestJarDropsExpiredCookies(t *testing.T) {
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	j := newJar()
	j.now = func() time.Time { return now }
	u := &url.URL{Scheme: "http", Host: "127.0.0.1:8080", Path: "/"}
	j.SetCookies(u, []*http.Cookie{{Name: "lectern", Value: "a", MaxAge: 60}, {Name: "b", Value: "1"}})
	if got := strings.Join(sent(j, u), " "); got != "b=1 lectern=a" {
		t.Fatalf("sends %q, want both", got)
	}
	now = now.Add(61 * time.Second)
	if got := strings.Join(sent(j, u), " "); got != "b=1" {
		t.Errorf("after its max age sends %q, want only the session cookie", got)
	}
}
