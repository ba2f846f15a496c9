//go:build !linux

package hugeheap

// Reserve does nothing here: only Linux's transparent huge pages are
// asked for.
func Reserve(n int64) {}
