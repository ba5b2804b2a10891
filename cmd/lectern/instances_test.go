package main

import (
	"context"
	"io"
	"net/http"
	"testing"

	"github.com/lectern/lectern/internal/pgtest"
	"github.com/lectern/lectern/internal/store"
)

// Two servers started at the same moment on one new PostgreSQL database:
// they migrate it in turn, load the built-in course once between them,
// and both serve it.
func TestTwoServersStartTogetherOnPostgres(t *testing.T) {
	pgtest.Require(t)
	url := pgtest.NewDatabase(t)
	type started struct {
		addr string
		err  error
	}
	ctx, cancel := context.WithCancel(context.Background())
	var ups []chan started
	var ends []chan error
	for range 2 {
		up := make(chan started, 1)
		end := make(chan error, 1)
		ready := make(chan string, 1)
		getenv := func(k string) string {
			return map[string]string{"LECTERN_DB": url, "LECTERN_ADDR": "127.0.0.1:0", "LECTERN_LOG_LEVEL": "warn"}[k]
		}
		go func() { end <- serve(ctx, nil, getenv, io.Discard, io.Discard, ready) }()
		go func() {
			select {
			case a := <-ready:
				up <- started{addr: a}
			case err := <-end:
				up <- started{err: err}
				end <- err
			}
		}()
		ups = append(ups, up)
		ends = append(ends, end)
	}
	defer func() {
		cancel()
		for i, end := range ends {
			if err := <-end; err != nil {
				t.Errorf("server %d returned %v after shutdown", i+1, err)
			}
		}
	}()
	for i, up := range ups {
		s := <-up
		if s.err != nil {
			t.Fatalf("server %d did not start: %v", i+1, s.err)
		}
		for _, path := range []string{"/healthz", "/courses/china-russia"} {
			resp, err := http.Get("http://" + s.addr + path)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("server %d: GET %s: %d, want 200", i+1, path, resp.StatusCode)
			}
		}
	}
	db, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	courses, err := db.ListCourses(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(courses) != 1 {
		t.Errorf("%d courses after two servers started together, want the built-in one once", len(courses))
	}
}
