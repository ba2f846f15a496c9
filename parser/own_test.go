package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unsafe"

	"github.com/yuebao/yuebao/internal/chrongen"
	"github.com/yuebao/yuebao/model"
)

// TestOwnStrings holds Parse and ParseAll, which read the caller's bytes
// in place, to issues that point nowhere into them: the caller's bytes
// are overwritten after the parse, and the issues must be those of a
// parse of a copy that is never touched. The walk is by reflection, so
// that a string field added to the model and missed by ownStrings's walk
// fails here.
func TestOwnStrings(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var inputs [][]byte
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			inputs = append(inputs, b)
		}
	}
	inputs = append(inputs, readTestdata(t, sampleFile), []byte(chrongen.Text(1, 1)))
	for _, in := range denseInputs() {
		if in.name == "wrapped" || in.name == "bold" {
			b := in.make()
			inputs = append(inputs, b[:bytes.LastIndexByte(b[:64<<10], '\n')+1])
		}
	}
	for i, in := range inputs {
		want, err := ParseAllOwned(bytes.Clone(in))
		if err != nil {
			continue // (not a text: nothing to hold)
		}
		src := bytes.Clone(in)
		one, err := Parse(src)
		if err != nil {
			t.Fatalf("input %d: Parse: %v, ParseAllOwned none", i, err)
		}
		src2 := bytes.Clone(in)
		all, err := ParseAll(src2)
		if err != nil {
			t.Fatalf("input %d: ParseAll: %v", i, err)
		}
		for k := range src {
			src[k], src2[k] = 'x', 'x'
		}
		// (Parse's first issue may carry one more warning: that a second
		// issue begins.)
		if w := want[0].Warnings; len(want) == 1 && !reflect.DeepEqual(one, want[0]) || len(want) > 1 && !reflect.DeepEqual(one.Sections, want[0].Sections) {
			t.Errorf("input %d (%.40q): Parse's issue changed with the bytes it was parsed from (warnings %d)", i, in, len(w))
		}
		if !reflect.DeepEqual(all, want) {
			t.Errorf("input %d (%.40q): ParseAll's issues changed with the bytes they were parsed from", i, in)
		}
	}
}

// TestIssueStrings holds owner.issue's walk to every string of the model,
// as reflection finds them: each is set to a string of its own, and the
// walk must see them all.
func TestIssueStrings(t *testing.T) {
	iss := &model.Issue{
		Masthead:  []model.Field{{}},
		TOC:       []model.TOCSection{{Entries: []model.TOCEntry{{}}}},
		Sections:  []model.Section{{Entries: []model.Entry{{Paragraphs: []model.Paragraph{{}}}}}},
		Furniture: []model.Furniture{{}},
		Unplaced:  []model.Line{{}},
		Warnings:  []model.Warning{{}},
	}
	n := 0
	reflectStrings(reflect.ValueOf(iss), func(v reflect.Value) { n++ })
	// Every string points into src, a byte of it each.
	src := bytes.Repeat([]byte("s"), n)
	k := 0
	reflectStrings(reflect.ValueOf(iss), func(v reflect.Value) {
		v.SetString(unsafe.String(&src[k], 1))
		k++
	})
	ownStrings([]*model.Issue{iss}, src)
	for i := range src {
		src[i] = 'x'
	}
	reflectStrings(reflect.ValueOf(iss), func(v reflect.Value) {
		if v.String() != "s" {
			t.Errorf("a string the walk missed: %s", v.Type())
		}
	})
}

// reflectStrings calls f with every string reachable from v.
func reflectStrings(v reflect.Value, f func(reflect.Value)) {
	switch v.Kind() {
	case reflect.String:
		f(v)
	case reflect.Pointer:
		reflectStrings(v.Elem(), f)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			reflectStrings(v.Field(i), f)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			reflectStrings(v.Index(i), f)
		}
	}
}

// TestOwnTOCTitles holds ownStrings to one copy of a title that the table
// of contents and the body both print: the sample's body names 65 of its
// contents's 68 entries in their order.
func TestOwnTOCTitles(t *testing.T) {
	iss, err := Parse(readTestdata(t, sampleFile))
	if err != nil {
		t.Fatal(err)
	}
	toc := map[*byte]bool{}
	for _, s := range iss.TOC {
		for _, e := range s.Entries {
			toc[unsafe.StringData(e.Title)] = true
		}
	}
	shared := 0
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			if e.Title != "" && toc[unsafe.StringData(e.Title)] {
				shared++
			}
		}
	}
	if shared < 65 {
		t.Errorf("%d of the body's titles share the contents's bytes, want 65", shared)
	}
}
