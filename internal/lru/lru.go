// Package lru is Lectern's one in-memory cache type: a map bounded by a
// total weight (by default, one per entry) that evicts the least recently
// used entries to make room. Each cache belongs to the package that owns
// its data (the store's question versions, attempts, sessions and learner
// states; the handlers' compressed pages), which decides what an entry
// weighs and when one goes stale.
package lru

import (
	"container/list"
	"sync"
)

// Cache is a least-recently-used cache, safe for concurrent use. The zero
// value is not usable: make one with New.
type Cache[K comparable, V any] struct {
	mu     sync.Mutex
	max    int
	weight func(K, V) int
	total  int
	order  *list.List // front: most recently used
	items  map[K]*list.Element
}

type entry[K comparable, V any] struct {
	key    K
	value  V
	weight int
}

// New returns a cache holding at most max entries.
func New[K comparable, V any](max int) *Cache[K, V] {
	return NewWeighted(max, func(K, V) int { return 1 })
}

// NewWeighted returns a cache whose entries' weights (as weight gives them)
// add up to at most max. An entry heavier than max is not kept.
func NewWeighted[K comparable, V any](max int, weight func(K, V) int) *Cache[K, V] {
	if max < 1 {
		panic("lru: a cache must hold something")
	}
	return &Cache[K, V]{max: max, weight: weight, order: list.New(), items: map[K]*list.Element{}}
}

// Get returns the value cached under key, marking it recently used.
func (c *Cache[K, V]) Get(key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*entry[K, V]).value, true
	}
	var zero V
	return zero, false
}

// Add caches value under key, replacing what was there, and evicts the
// least recently used entries until the cache is within its bound.
func (c *Cache[K, V]) Add(key K, value V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	w := c.weight(key, value)
	if el, ok := c.items[key]; ok {
		c.removeElement(el)
	}
	if w > c.max {
		return
	}
	c.items[key] = c.order.PushFront(&entry[K, V]{key, value, w})
	c.total += w
	for c.total > c.max {
		c.removeElement(c.order.Back())
	}
}

// Remove drops the entry under key, if any.
func (c *Cache[K, V]) Remove(key K) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.removeElement(el)
	}
}

// RemoveFunc drops every entry for which drop returns true. It looks at
// every entry: use it for rare events.
func (c *Cache[K, V]) RemoveFunc(drop func(K, V) bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for el := c.order.Front(); el != nil; {
		next := el.Next()
		if e := el.Value.(*entry[K, V]); drop(e.key, e.value) {
			c.removeElement(el)
		}
		el = next
	}
}

// Purge empties the cache.
func (c *Cache[K, V]) Purge() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.order.Init()
	clear(c.items)
	c.total = 0
}

// Len returns the number of entries.
func (c *Cache[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.items)
}

// Weight returns the entries' total weight.
func (c *Cache[K, V]) Weight() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.total
}

func (c *Cache[K, V]) removeElement(el *list.Element) {
	e := c.order.Remove(el).(*entry[K, V])
	delete(c.items, e.key)
	c.total -= e.weight
}
