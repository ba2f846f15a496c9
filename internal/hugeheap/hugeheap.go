// Package hugeheap asks the kernel to back the heap that a one-shot
// command is about to fill with huge pages (2 MB) instead of 4 KB ones.
//
// Go maps its heap as it grows and does not ask for huge pages (it did in
// Go 1.21.0 and stopped), and where the kernel gives them only on request
// (transparent_hugepage=madvise, the common default) every 4 KB of a new
// heap costs a page fault, some 5-8 µs each on a virtual machine: reading
// and parsing the generated 3.2 MB chronicle faulted 2,300 times, a fifth
// of `yuebao json`'s whole run.
//
// Only main calls it, once, before reading a file: the server and the
// library parse in a process that lives on, where a collection forced at
// the wrong moment costs more than the faults it saves.
package hugeheap

// Limit caps what Reserve maps: past it the faults saved are a small
// part of the work, and a mapping of several times a large file is not
// worth risking on a machine short of memory.
const Limit = 256 << 20

// minReserve is the least worth a forced collection: below two huge
// pages, the range rounded to them may hold none.
const minReserve = 4 << 20
