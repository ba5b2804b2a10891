package lru

import (
	"fmt"
	"sync"
	"testing"
)

func TestEvictsLeastRecentlyUsed(t *testing.T) {
	c := New[string, int](2)
	c.Add("a", 1)
	c.Add("b", 2)
	if v, ok := c.Get("a"); !ok || v != 1 {
		t.Fatalf("Get(a) = %d, %v", v, ok)
	}
	c.Add("c", 3) // b is the least recently used
	if _, ok := c.Get("b"); ok {
		t.Error("b was kept; the least recently used entry should go first")
	}
	for k, want := range map[string]int{"a": 1, "c": 3} {
		if v, ok := c.Get(k); !ok || v != want {
			t.Errorf("Get(%s) = %d, %v; want %d", k, v, ok, want)
		}
	}
	if c.Len() != 2 {
		t.Errorf("Len = %d, want 2", c.Len())
	}
}

func TestReplaceKeepsOneEntry(t *testing.T) {
	c := New[int, string](3)
	c.Add(1, "x")
	c.Add(1, "y")
	if v, _ := c.Get(1); v != "y" || c.Len() != 1 {
		t.Errorf("after replacing: Get = %q, Len = %d", v, c.Len())
	}
}

func TestWeightBound(t *testing.T) {
	c := NewWeighted(10, func(_ int, v string) int { return len(v) })
	c.Add(1, "aaaa")
	c.Add(2, "bbbb")
	c.Add(3, "cccc") // 12 > 10: entry 1 goes
	if _, ok := c.Get(1); ok {
		t.Error("entry 1 kept past the weight bound")
	}
	if c.Weight() != 8 || c.Len() != 2 {
		t.Errorf("Weight = %d, Len = %d; want 8 and 2", c.Weight(), c.Len())
	}
	c.Add(4, "too heavy to keep")
	if _, ok := c.Get(4); ok || c.Weight() != 8 {
		t.Errorf("an entry heavier than the bound was kept (weight %d)", c.Weight())
	}
}

func TestRemoveFuncAndPurge(t *testing.T) {
	c := New[int, int](100)
	for i := range 10 {
		c.Add(i, i%2)
	}
	c.RemoveFunc(func(_ int, v int) bool { return v == 1 })
	if c.Len() != 5 {
		t.Errorf("Len after removing the odd = %d, want 5", c.Len())
	}
	c.Remove(0)
	if _, ok := c.Get(0); ok {
		t.Error("Remove(0) left it")
	}
	c.Purge()
	if c.Len() != 0 || c.Weight() != 0 {
		t.Errorf("after Purge: Len %d, Weight %d", c.Len(), c.Weight())
	}
}

func TestBoundedUnderManyKeys(t *testing.T) {
	const max = 1000
	c := New[string, int](max)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 25_000 {
				k := fmt.Sprint(g, "-", i)
				c.Add(k, i)
				c.Get(k)
			}
		})
	}
	wg.Wait()
	if c.Len() != max || c.Weight() != max {
		t.Errorf("after 100,000 keys: Len %d, Weight %d; want %d", c.Len(), c.Weight(), max)
	}
}
