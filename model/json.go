package model

import (
	"bytes"
	"encoding/json"
)

// The JSON form is a published interface (yuebao json): exactly these
// fields, in this order, with null for what is unknown.
type jsonIssue struct {
	Title        *string       `json:"title"`
	Year         *int          `json:"year"`
	Number       *int          `json:"number"`
	Total        *int          `json:"total"`
	Compiler     *string       `json:"compiler"`
	Published    *string       `json:"published"`
	Masthead     []jsonField   `json:"masthead"`
	Distribution *string       `json:"distribution"`
	Sections     []jsonSection `json:"sections"`
	Warnings     []jsonWarning `json:"warnings"`
}

type jsonField struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

type jsonSection struct {
	Name    string      `json:"name"`
	Entries []jsonEntry `json:"entries"`
}

type jsonEntry struct {
	Title      string    `json:"title"`
	Page       *int      `json:"page"`
	Date       *jsonDate `json:"date"`
	Paragraphs []string  `json:"paragraphs"`
}

type jsonDate struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

type jsonWarning struct {
	Line    *int   `json:"line"`
	Message string `json:"message"`
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

// MarshalJSON encodes the issue in the published JSON form.
func (iss *Issue) MarshalJSON() ([]byte, error) {
	j := jsonIssue{
		Title:        optString(iss.Title),
		Year:         optInt(iss.Year),
		Number:       optInt(iss.Number),
		Total:        optInt(iss.Total),
		Compiler:     optString(iss.Compiler),
		Published:    optString(iss.Published.String()),
		Distribution: optString(iss.Distribution),
		Masthead:     make([]jsonField, 0, len(iss.Masthead)),
		Sections:     make([]jsonSection, 0, len(iss.Sections)),
		Warnings:     make([]jsonWarning, 0, len(iss.Warnings)),
	}
	for _, f := range iss.Masthead {
		j.Masthead = append(j.Masthead, jsonField(f))
	}
	for _, s := range iss.Sections {
		js := jsonSection{Name: s.Name, Entries: make([]jsonEntry, 0, len(s.Entries))}
		for _, e := range s.Entries {
			je := jsonEntry{Title: e.Title, Page: optInt(e.Page), Paragraphs: make([]string, 0, len(e.Paragraphs))}
			if !e.Date.IsZero() {
				je.Date = &jsonDate{Start: e.Date.Start.String(), End: e.Date.End.String()}
			}
			for _, p := range e.Paragraphs {
				je.Paragraphs = append(je.Paragraphs, p.Text)
			}
			js.Entries = append(js.Entries, je)
		}
		j.Sections = append(j.Sections, js)
	}
	for _, w := range iss.Warnings {
		j.Warnings = append(j.Warnings, jsonWarning{Line: optInt(w.Line), Message: w.Message})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	// Titles hold 《》 and the like, never HTML: keep < > & readable.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
