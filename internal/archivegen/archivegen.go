// Package archivegen writes archives of distinct issues for tests and
// benchmarks of the archive: the sample issue re-dated, moved to other
// places and given other people, and now and then a chronicle (大事记)
// from internal/chrongen, so that an archive of thousands of issues has
// the spread of places, years, numbers, names and dates a real one has.
package archivegen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/yuebao/yuebao/internal/chrongen"
)

// Places are the offices whose issues an archive holds.
var Places = []string{"平顶山", "洛阳", "郏县", "宝丰", "叶县", "鲁山", "舞钢", "汝州", "新华", "卫东", "湛河", "石龙"}

// sampleNames are the people of the sample that each issue renames.
var sampleNames = []string{"陈向平", "李明俊", "岳杰勇", "孙洪涛", "张 征"}

var surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蔡蒋余于杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
var given = []rune("明俊华平军伟强磊洋勇艳杰娟涛斌超秀英霞敏丽静芳燕玲桂兰红梅琳志国建文德海林云峰宏刚东亮晓春雪飞鹏辉波宇凯浩然振兴学")

// Name is the i-th generated person: a surname and one or two given
// characters, distinct for the first many thousands of i.
func Name(i int) string {
	s := surnames[i%len(surnames)]
	g1 := given[(i/len(surnames))%len(given)]
	if i/len(surnames)/len(given)%2 == 0 {
		g2 := given[(i*7+3)%len(given)]
		return string([]rune{s, g1, g2})
	}
	return string([]rune{s, g1})
}

// Issue is the i-th issue of an archive: place i%len(Places), one a
// month going back from December 2023, with names of its own. Every
// fiftieth is a year's chronicle of its place instead.
func Issue(sample string, i int) (name, text string) {
	place := Places[i%len(Places)]
	n := i / len(Places) // the issue's number in its place, newest first
	year, month := 2023-n/12, 12-n%12
	if i%50 == 49 {
		text = chrongen.Text(1, int64(i))
		text = strings.Replace(text, "宁川县", place, -1)
		return fmt.Sprintf("%s-%d-dashiji.md", place, year), text
	}
	r := strings.NewReplacer(
		"平顶山", place,
		"2023年第11期", fmt.Sprintf("%d年第%d期", year, month),
		"(总第215期)", fmt.Sprintf("(总第%d期)", 100+n),
		"2023年12月4日", fmt.Sprintf("%d年%d月4日", year+month/12, month%12+1),
		"11月", fmt.Sprintf("%d月", month),
	)
	text = r.Replace(sample)
	pairs := make([]string, 0, 2*len(sampleNames))
	for k, old := range sampleNames {
		pairs = append(pairs, old, Name(i*len(sampleNames)+k))
	}
	text = strings.NewReplacer(pairs...).Replace(text)
	return fmt.Sprintf("%s-%d-%02d.md", place, year, month), text
}

// Write writes issues from..to-1 into dir, one file each, and returns
// the bytes of text written.
func Write(dir, sample string, from, to int) (int64, error) {
	var total int64
	for i := from; i < to; i++ {
		name, text := Issue(sample, i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			return total, fmt.Errorf("archivegen: %w", err)
		}
		total += int64(len(text))
	}
	return total, nil
}
