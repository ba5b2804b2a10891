package loadgen

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"
)

// A learner on the shared transport reads every response whole, whether
// it is smaller than the read buffer, as large or larger,
// one after another on one kept connection.
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
	var conns atomic.Int32
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()
	tr := newTransport(1)
	defer tr.CloseIdleConnections()
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
