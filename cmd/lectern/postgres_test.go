package main

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/pgtest"
)

// The commands that need a SQLite file refuse a postgres:// database, by
// flag or environment, with a message naming PostgreSQL, and open nothing.
func TestSQLiteOnlyCommandsRefusePostgres(t *testing.T) {
	const url = "postgres://lectern@127.0.0.1:1/lectern"
	env := func(k string) string {
		if k == "LECTERN_DB" {
			return url
		}
		return ""
	}
	none := func(string) string { return "" }
	for _, tc := range []struct {
		name   string
		args   []string
		getenv func(string) string
	}{
		{"backup", []string{"backup", "-db", url, t.TempDir() + "/copy.db"}, none},
		{"demo", []string{"demo", "-db", url, "--learners", "2"}, none},
		{"demo LECTERN_DB", []string{"demo", "--learners", "2"}, env},
		{"measure", []string{"measure", "-db", url, "-n", "1"}, none},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := run(context.Background(), tc.args, tc.getenv, strings.NewReader(""), io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), "PostgreSQL") {
				t.Fatalf("err = %v, want a refusal naming PostgreSQL", err)
			}
		})
	}
}

// Lectern serves a PostgreSQL database: the server starts on it, loads the
// built-in course once, serves it, and the commands that make an admin and
// export a course work on it.
func TestServeOnPostgres(t *testing.T) {
	pgtest.Require(t)
	url := pgtest.NewDatabase(t)
	for range 2 { // a restart loads nothing twice
		base, stop := startServer(t, url)
		for _, path := range []string{"/healthz", "/", "/courses/china-russia"} {
			resp, err := http.Get(base + path)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("GET %s: %d, want 200", path, resp.StatusCode)
			}
		}
		if err := stop(); err != nil {
			t.Fatalf("serve returned %v after shutdown", err)
		}
	}
	none := func(string) string { return "" }
	if err := run(context.Background(), []string{"user", "add", "--email", "head@school.example", "--role", "admin", "-db", url},
		none, strings.NewReader("a long pass phrase here\n"), io.Discard, io.Discard); err != nil {
		t.Fatalf("user add: %v", err)
	}
	var out strings.Builder
	if err := run(context.Background(), []string{"export", "-db", url, "--course", "china-russia"}, none, nil, &out, io.Discard); err != nil {
		t.Fatalf("export: %v", err)
	}
	if n := strings.Count(out.String(), `"prompt"`); n != 115 {
		t.Errorf("the export holds %d prompts, want the built-in course's 115", n)
	}
}
