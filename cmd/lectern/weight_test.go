package main

import (
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every learner page, with the first course loaded, weighs under 30 KB
// transferred (gzip) in at most 5 requests: the page and the assets it
// links (stylesheet, script, icon), none of them from elsewhere.
func TestPageWeight(t *testing.T) {
	base, stop := startServer(t, filepath.Join(t.TempDir(), "lectern.db"))
	defer stop()
	client := &http.Client{
		Transport:     &http.Transport{DisableCompression: true},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	fetch := func(path, cookie string) (int, string, int) {
		t.Helper()
		req, _ := http.NewRequest("GET", base+path, nil)
		req.Header.Set("Accept-Encoding", "gzip")
		if cookie != "" {
			req.Header.Set("Cookie", cookie)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		text := string(raw)
		if resp.Header.Get("Content-Encoding") == "gzip" {
			req.Header.Del("Accept-Encoding")
			r2, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			plain, _ := io.ReadAll(r2.Body)
			r2.Body.Close()
			text = string(plain)
		}
		return resp.StatusCode, text, len(raw)
	}
	resp, err := client.PostForm(base+"/courses/china-russia/quiz", url.Values{"theme": {"energy"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cookie := strings.SplitN(resp.Header.Get("Set-Cookie"), ";", 2)[0]
	question := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(question, "/attempts/") {
		t.Fatalf("start a quiz: %d, Location %q", resp.StatusCode, question)
	}

	assetRE := regexp.MustCompile(`(?:href|src)="(/static/[^"]+)"`)
	externalRE := regexp.MustCompile(`(?:href|src)="(?:https?:)?//`)
	for _, path := range []string{"/", "/courses/china-russia", "/courses/china-russia/read", "/courses/china-russia/themes/energy", question} {
		status, html, size := fetch(path, cookie)
		if status != 200 {
			t.Fatalf("%s: %d", path, status)
		}
		if externalRE.MatchString(html) {
			t.Errorf("%s links something from another site", path)
		}
		total, requests := size, 1
		seen := map[string]bool{}
		for _, m := range assetRE.FindAllStringSubmatch(html, -1) {
			if seen[m[1]] {
				continue
			}
			seen[m[1]] = true
			st, _, n := fetch(m[1], "")
			if st != 200 {
				t.Errorf("%s: asset %s: %d", path, m[1], st)
			}
			total += n
			requests++
		}
		t.Logf("%s: %d bytes in %d requests", path, total, requests)
		if total >= 30<<10 || requests > 5 {
			t.Errorf("%s weighs %d bytes in %d requests; want under 30 KB in at most 5", path, total, requests)
		}
	}
}
