package loadgen

import (
	"errors"
	"net/url"

	"bytes"
	"context"
	"github.com/klauspost/compress/gzip"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"
)

// A learner on its connection reads every response whole, whether it is
// smaller than the read buffer, as large or larger, one after another on
// one kept connection.
func TestTransportReadsWholeResponses(t *testing.T) {
	body := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('a' + i*7%26)
		}
		return b
	}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.URL.Query().Get("n"))
		w.Write(body(n))
	}))
	conns := startCounting(srv)
	defer srv.Close()
	tr := newConnTransport()
	defer tr.close()
	l := NewLearner(Config{Base: func() string { return srv.URL }, Transport: tr}, 1)
	for _, n := range []int{0, 1, 3000, 4096, 5000, readBuffer - 200, readBuffer, readBuffer + 1, 3*readBuffer + 17} {
		res, err := l.do(context.Background(), "GET", "GET", "/?n="+strconv.Itoa(n), nil, http.StatusOK)
		if err != nil {
			t.Fatalf("%d bytes: %v", n, err)
		}
		if !bytes.Equal(res.body, body(n)) {
			t.Errorf("%d bytes: read %d, not the body sent", n, len(res.body))
		}
	}
	if got := conns.Load(); got != 1 {
		t.Errorf("%d connections, want 1 kept", got)
	}
}

// A gzipped page is read decompressed, as a browser reads it, and the
// request asked for gzip; a form posted after it goes out on the same
// connection with its body.
func TestConnTransportGzipAndForms(t *testing.T) {
	page := bytes.Repeat([]byte("<p>The two leaders met in Moscow.</p>\n"), 400)
	var askedGzip atomic.Bool
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == "POST" {
			r.ParseForm()
			http.Redirect(w, r, "/done?a="+r.PostForm.Get("answer"), http.StatusSeeOther)
			return
		}
		if r.Header.Get("Accept-Encoding") == "gzip" {
			askedGzip.Store(true)
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write(page)
			zw.Close()
			return
		}
		w.Write(page)
	}))
	conns := startCounting(srv)
	defer srv.Close()
	tr := newConnTransport()
	defer tr.close()
	l := NewLearner(Config{Base: func() string { return srv.URL }, Transport: tr}, 1)
	for range 3 {
		res, err := l.do(context.Background(), "GET", "GET", "/", nil, http.StatusOK)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(res.body, page) {
			t.Fatalf("read %d bytes, not the page of %d", len(res.body), len(page))
		}
		res, err = l.do(context.Background(), "POST", "POST", "/answer", url.Values{"answer": {"Moscow"}}, http.StatusSeeOther)
		if err != nil {
			t.Fatal(err)
		}
		if res.location != "/done?a=Moscow" {
			t.Fatalf("redirected to %q", res.location)
		}
	}
	if !askedGzip.Load() {
		t.Error("the requests did not ask for gzip")
	}
	if got := conns.Load(); got != 1 {
		t.Errorf("%d connections, want 1 kept", got)
	}
}

// When the server closes a kept connection between requests (its idle
// timeout, a restart), the next request goes out on a new connection
// rather than failing; a response the server marks as its last closes
// the connection after it.
func TestConnTransportReconnects(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("last") != "" {
			w.Header().Set("Connection", "close")
		}
		w.Write([]byte("ok"))
	}))
	conns := startCounting(srv)
	defer srv.Close()
	tr := newConnTransport()
	defer tr.close()
	l := NewLearner(Config{Base: func() string { return srv.URL }, Transport: tr}, 1)
	get := func(path string) {
		t.Helper()
		res, err := l.do(context.Background(), "GET", "GET", path, nil, http.StatusOK)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if string(res.body) != "ok" {
			t.Fatalf("%s: body %q", path, res.body)
		}
	}
	get("/")
	srv.CloseClientConnections() // the kept connection, closed by the server
	get("/")
	get("/?last=1")
	get("/")
	if got := conns.Load(); got != 3 {
		t.Errorf("%d connections, want 3: the first, one after the server closed it, one after its last response", got)
	}
}

// A request waiting on a response stops when its context ends.
func TestConnTransportStopsWithContext(t *testing.T) {
	release, arrived := make(chan struct{}), make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		<-release
	}))
	defer srv.Close()
	defer close(release)
	tr := newConnTransport()
	defer tr.close()
	l := NewLearner(Config{Base: func() string { return srv.URL }, Transport: tr}, 1)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := l.do(ctx, "GET", "GET", "/", nil, http.StatusOK)
		errc <- err
	}()
	<-arrived // the request is out, its response awaited
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want the context's", err)
	}
}

// Many learners stopped together by their context's end, some while a
// response is on its way, some between requests: none crashes, and each
// returns the context's error (run with -race: the context's function
// runs on a goroutine of its own).
func TestConnTransportStopsManyTogether(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("x"), 20000))
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	const n = 20
	errc := make(chan error, n)
	ready := make(chan struct{}, n)
	for range n {
		tr := newConnTransport()
		l := NewLearner(Config{Base: func() string { return srv.URL }, Transport: tr}, 1)
		go func() {
			defer tr.close()
			for i := 0; ; i++ {
				if _, err := l.do(ctx, "GET", "GET", "/", nil, http.StatusOK); err != nil {
					errc <- err
					return
				}
				if i == 2 {
					ready <- struct{}{}
				}
			}
		}()
	}
	for range n {
		<-ready
	}
	cancel()
	for range n {
		if err := <-errc; !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want the context's", err)
		}
	}
}

// startCounting starts srv, counting the connections clients open to it.
func startCounting(srv *httptest.Server) *atomic.Int32 {
	var conns atomic.Int32
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	return &conns
}
