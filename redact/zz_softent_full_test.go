package redact

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestZZSoftFullDetector(t *testing.T) {
	if os.Getenv("ZZ_FULL") == "" {
		t.Skip()
	}
	dir := softCorpusDir(t)
	raw, _ := os.ReadFile(filepath.Join(dir, "presidio", "synth_dataset_v2.json"))
	var samples []struct {
		FullText string `json:"full_text"`
		Spans    []struct {
			Type  string `json:"entity_type"`
			Start int    `json:"start_position"`
			End   int    `json:"end_position"`
		} `json:"spans"`
	}
	json.Unmarshal(raw, &samples)
	e, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"all", "nosoft"} {
		c := newEvalCounts()
		for _, s := range samples {
			off := []int{}
			for i := range s.FullText {
				off = append(off, i)
			}
			off = append(off, len(s.FullText))
			var labels []evalSpan
			for _, sp := range s.Spans {
				labels = append(labels, evalSpan{off[sp.Start], off[sp.End], sp.Type})
			}
			fs, _ := e.Detect(context.Background(), s.FullText)
			var finds []evalSpan
			for _, f := range fs {
				if mode == "nosoft" && f.Recognizer == "soft_entities" {
					continue
				}
				finds = append(finds, evalSpan{f.Start, f.End, f.Type})
			}
			c.add(s.FullText, mergeAdjacent(s.FullText, labels), mergeAdjacent(s.FullText, finds))
		}
		c.log(t, "full detector "+mode)
	}
}
