package hugeheap

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// TestReserveAdvisesTheHeap checks what Reserve is for: afterwards a
// mapping of the process's heap of at least a huge page carries the
// advice (VmFlags "hg" in /proc/self/smaps), and an allocation of the
// size reserved lands in it.
func TestReserveAdvisesTheHeap(t *testing.T) {
	before := advised(t)
	Reserve(16 << 20)
	after := advised(t)
	if len(after) <= len(before) {
		t.Fatalf("no new mapping advised for huge pages: before %v, after %v", before, after)
	}
	b := make([]byte, 8<<20)
	p := addr(b)
	for _, r := range after {
		if r[0] <= p && p < r[1] {
			return
		}
	}
	t.Errorf("an allocation after Reserve at %#x is outside the advised mappings %v", p, after)
}

// TestReserveLetsSmallGo: under minReserve nothing is mapped or advised.
func TestReserveLetsSmallGo(t *testing.T) {
	before := advised(t)
	Reserve(minReserve - 1)
	if after := advised(t); len(after) != len(before) {
		t.Errorf("advised mappings %v, want %v", after, before)
	}
}

// advised lists the [start, end) of the mappings advised for huge pages.
func advised(t *testing.T) [][2]uintptr {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]uintptr
	var cur [2]uintptr
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if lo, hi, ok := mapping(line); ok {
			cur = [2]uintptr{lo, hi}
			continue
		}
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok {
			for _, fl := range strings.Fields(flags) {
				if fl == "hg" {
					out = append(out, cur)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
func addr(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }

// mapping reads the range of an smaps header line ("c000000000-c004000000 rw-p ...").
func mapping(line string) (lo, hi uintptr, ok bool) {
	r, _, _ := strings.Cut(line, " ")
	a, b, found := strings.Cut(r, "-")
	if !found {
		return 0, 0, false
	}
	x, err1 := strconv.ParseUint(a, 16, 64)
	y, err2 := strconv.ParseUint(b, 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return uintptr(x), uintptr(y), true
}
