package main

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/store"
)

// serveWith starts the server with extra environment and returns its URL.
func serveWith(t *testing.T, env map[string]string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready, errc := make(chan string, 1), make(chan error, 1)
	getenv := func(k string) string {
		if v, ok := env[k]; ok {
			return v
		}
		return map[string]string{"LECTERN_ADDR": "127.0.0.1:0", "LECTERN_LOG_LEVEL": "error"}[k]
	}
	go func() { errc <- serve(ctx, nil, getenv, io.Discard, io.Discard, ready) }()
	select {
	case addr := <-ready:
		t.Cleanup(func() { cancel(); <-errc })
		return "http://" + addr
	case err := <-errc:
		cancel()
		t.Fatalf("serve: %v", err)
	}
	return ""
}

func signInFrom(t *testing.T, base, from, email, password string) int {
	t.Helper()
	req, _ := http.NewRequest("POST", base+"/login", strings.NewReader(url.Values{"email": {email}, "password": {password}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-For", from)
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// LECTERN_TRUSTED_PROXIES (or -trusted-proxies) makes the server believe
// X-Forwarded-For from those proxies only; a bad entry stops it starting.
func TestServeTrustedProxies(t *testing.T) {
	if err := serve(context.Background(), []string{"-trusted-proxies", "10.0.0.0/33"}, func(string) string { return "" }, io.Discard, io.Discard, nil); err == nil || !strings.Contains(err.Error(), "10.0.0.0/33") {
		t.Fatalf("a bad CIDR: %v", err)
	}
	for _, trusted := range []bool{false, true} {
		dbPath := filepath.Join(t.TempDir(), "lectern.db")
		env := map[string]string{"LECTERN_DB": dbPath}
		if err := run(context.Background(), []string{"user", "add", "--email", "head@school.example"}, func(k string) string { return env[k] },
			strings.NewReader("the head's passphrase\n"), io.Discard, io.Discard); err != nil {
			t.Fatal(err)
		}
		if trusted {
			env["LECTERN_TRUSTED_PROXIES"] = "127.0.0.1/32, ::1"
		}
		base := serveWith(t, env)
		for range 5 {
			signInFrom(t, base, "203.0.113.9", "head@school.example", "a wrong guess")
		}
		got := signInFrom(t, base, "198.51.100.7", "head@school.example", "the head's passphrase")
		if want := map[bool]int{false: http.StatusTooManyRequests, true: http.StatusSeeOther}[trusted]; got != want {
			t.Errorf("trusted=%v: the owner behind the proxy got %d, want %d", trusted, got, want)
		}
	}
}

// The server removes anonymous learners idle for 90 days when it starts.
func TestServeRemovesIdleLearnersAtStart(t *testing.T) {
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return time.Now().Add(-100 * 24 * time.Hour) }
	for range 3 {
		if _, err := db.CreateAnonymousLearner(ctx); err != nil {
			t.Fatal(err)
		}
	}
	db.Now = time.Now
	if _, err := db.CreateAnonymousLearner(ctx); err != nil {
		t.Fatal(err)
	}
	db.Close()

	serveWith(t, map[string]string{"LECTERN_DB": dbPath})
	db, err = store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, err := db.CountAnonymousLearners(ctx); err != nil || n != 1 {
		t.Fatalf("%d anonymous learners after start (%v), want the recent one only", n, err)
	}
}
