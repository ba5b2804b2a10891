package loadgen

import (
	"net/http"
	"net/url"
	"sync"
	"time"
)

// jar is a learner's cookies: what a browser would keep for the one
// server the learner talks to. Lectern sets its cookies on the path "/"
// of its own host, without a domain, so a cookie is known by its name
// alone, and sent with every request: to the same host on another port
// too, as a browser does (cookies do not name ports), so that a learner
// keeps its session across a server's restart. A cookie that expires
// (Max-Age ≤ 0, or an Expires in the past) is dropped. It costs far less
// than net/http/cookiejar, which orders, matches and dates every cookie
// on every request.
type jar struct {
	mu      sync.Mutex
	now     func() time.Time
	cookies []*http.Cookie // name and value only, each name once, in the order first set
	expires []time.Time    // each cookie's expiry, zero for a session cookie
}

func newJar() *jar { return &jar{now: time.Now} }

// SetCookies keeps the cookies of a response.
func (j *jar) SetCookies(_ *url.URL, cookies []*http.Cookie) {
	j.mu.Lock()
	defer j.mu.Unlock()
	now := j.now()
	for _, c := range cookies {
		var exp time.Time
		switch {
		case c.MaxAge < 0:
			exp = now // gone at once
		case c.MaxAge > 0:
			exp = now.Add(time.Duration(c.MaxAge) * time.Second)
		case !c.Expires.IsZero():
			exp = c.Expires
		}
		i := j.index(c.Name)
		if !exp.IsZero() && !exp.After(now) {
			if i >= 0 {
				j.cookies = append(j.cookies[:i], j.cookies[i+1:]...)
				j.expires = append(j.expires[:i], j.expires[i+1:]...)
			}
			continue
		}
		kept := &http.Cookie{Name: c.Name, Value: c.Value}
		if i >= 0 {
			j.cookies[i], j.expires[i] = kept, exp
			continue
		}
		j.cookies = append(j.cookies, kept)
		j.expires = append(j.expires, exp)
	}
}

// Cookies returns the cookies to send, the expired left out.
func (j *jar) Cookies(*url.URL) []*http.Cookie {
	j.mu.Lock()
	defer j.mu.Unlock()
	if len(j.cookies) == 0 {
		return nil
	}
	now := j.now()
	out := make([]*http.Cookie, 0, len(j.cookies))
	for i, c := range j.cookies {
		if j.expires[i].IsZero() || j.expires[i].After(now) {
			out = append(out, c)
		}
	}
	return out
}

func (j *jar) index(name string) int {
	for i, c := range j.cookies {
		if c.Name == name {
			return i
		}
	}
	return -1
}
