package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/store"
)

// lectern loadtest deals its learners out to several servers: with two
// servers, each on a database of its own here, each gets half of them.
func TestLoadtestDealsLearnersToEachServer(t *testing.T) {
	dir := t.TempDir()
	paths := []string{filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")}
	var bases []string
	for _, p := range paths {
		base, stop := startServer(t, p)
		defer stop()
		bases = append(bases, base)
	}
	var out bytes.Buffer
	err := run(context.Background(), []string{"loadtest", "-url", strings.Join(bases, ","), "-learners", "4", "-d", "3s"}, noEnv, nil, &out, io.Discard)
	if err != nil {
		t.Fatalf("loadtest: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), bases[0]+", "+bases[1]) {
		t.Errorf("the report does not name both servers:\n%s", out.String())
	}
	var acked, ratedAcked int
	if _, err := fmt.Sscanf(out.String()[strings.Index(out.String(), "acknowledged: "):], "acknowledged: %d answers", &acked); err != nil {
		t.Fatalf("no acknowledged answers in the report: %v\n%s", err, out.String())
	}
	if i := strings.Index(out.String(), " ratings ("); i > 0 {
		fmt.Sscanf(out.String()[strings.LastIndex(out.String()[:i], " ")+1:], "%d", &ratedAcked)
	}
	stored, rated := 0, 0
	for _, p := range paths {
		db, err := store.OpenSQL(p)
		if err != nil {
			t.Fatal(err)
		}
		learners := queryStrings(t, db, "SELECT COUNT(*) FROM users")[0]
		n, _ := strconv.Atoi(queryStrings(t, db, "SELECT COUNT(*) FROM responses")[0])
		r, _ := strconv.Atoi(queryStrings(t, db, "SELECT COUNT(*) FROM review_log")[0])
		stored, rated = stored+n, rated+r
		db.Close()
		if learners != "2" {
			t.Errorf("%s: %s learners, want 2 of the 4", filepath.Base(p), learners)
		}
	}
	// Every answer and rating reported acknowledged is stored (a post
	// cut off by the end of the run may be stored unacknowledged).
	if acked == 0 || stored < acked || rated < ratedAcked {
		t.Errorf("%d answers and %d ratings acknowledged, %d and %d stored; want some, each stored", acked, ratedAcked, stored, rated)
	}
}

// -url takes one address or several, comma-separated, and refuses what is
// not an http address.
func TestLoadtestURLs(t *testing.T) {
	got, err := loadURLs("http://a:1/, http://b:2")
	if err != nil || strings.Join(got, " ") != "http://a:1 http://b:2" {
		t.Errorf("loadURLs = %q, %v", got, err)
	}
	for _, bad := range []string{"", "a:1", "http://a:1,", "ftp://a:1", "http://a:1,,http://b:2"} {
		if _, err := loadURLs(bad); err == nil {
			t.Errorf("loadURLs(%q) took it", bad)
		}
	}
}

// Whatever -url holds, loadURLs gives http or https addresses with a host
// and no trailing slash, one per comma-separated part, or an error.
func FuzzLoadURLs(f *testing.F) {
	for _, s := range []string{"http://127.0.0.1:8080", "http://a:1/, http://b:2", "", ",", "ftp://x", "http://a:1,,http://b:2", "https://[::1]:8443/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := loadURLs(s)
		if err != nil {
			return
		}
		if len(got) != strings.Count(s, ",")+1 {
			t.Fatalf("%q gave %d addresses", s, len(got))
		}
		for _, u := range got {
			p, err := url.Parse(u)
			if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || strings.HasSuffix(u, "/") {
				t.Fatalf("%q gave %q", s, u)
			}
		}
	})
}
