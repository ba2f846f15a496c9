package hugeheap

import (
	"runtime"
	"syscall"
	"unsafe"
)

const (
	hugePage     = 2 << 20
	madvHugePage = 14 // MADV_HUGEPAGE; syscall has no name for it
)

// Reserve grows the heap by n bytes (at most Limit) in one allocation,
// advises huge pages for that range, and frees it, so that the
// allocations of the next n bytes land in it: Go hands out the lowest
// free pages first, and the range stays mapped, advice and all, once
// the collector has freed it. Nothing of it is touched here: memory
// fresh from the kernel is not cleared again.
//
// The advice is a request; where the kernel has no huge pages or will
// not give them, the heap is as it would have been, less one early
// collection of a nearly empty heap (well under a millisecond).
func Reserve(n int64) {
	n = min(n, Limit)
	if n < minReserve {
		return
	}
	b := make([]byte, n)
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	beg := (start + hugePage - 1) &^ (hugePage - 1)
	end := (start + uintptr(n)) &^ (hugePage - 1)
	if beg < end {
		// The result is not looked at: a kernel without transparent
		// huge pages says EINVAL, and the heap works as before.
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, beg, end-beg, madvHugePage)
	}
	// b is dead after this: the collection frees it.
	runtime.KeepAlive(b)
	runtime.GC()
}
