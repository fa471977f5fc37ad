package render

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// chartOpts holds the echarts option of each chart. go-echarts builds them;
// its HTML templates are not used, because they pull echarts from a CDN and
// write the option into a script unescaped, which hostile input would break
// out of. The options instead travel inside the page's JSON block, and the
// few settings echarts wants as functions (renderItem, tooltip formatters)
// are named here by a string that the page script replaces with its function.
type chartOpts struct {
	Timeline json.RawMessage `json:"timeline,omitempty"`
	Network  json.RawMessage `json:"network,omitempty"`
}

// Layout of the timeline chart, in pixels.
const (
	laneHeight    = 26
	timelineTop   = 64
	volumeHeight  = 90
	sliderHeight  = 64
	timelineLeft  = 150
	timelineRight = 40
)

// timelineHeight is the height the timeline chart needs for n lanes.
func timelineHeight(n int) int {
	return timelineTop + max(n, 1)*laneHeight + 40 + volumeHeight + sliderHeight
}

// optionMap turns a go-echarts chart into a plain JSON object so that the
// options go-echarts has no field for can be added.
func optionMap(c interface {
	Validate()
	JSON() map[string]interface{}
}) (map[string]any, error) {
	c.Validate()
	raw, err := json.Marshal(c.JSON())
	if err != nil {
		return nil, fmt.Errorf("encoding chart option: %w", err)
	}
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("decoding chart option: %w", err)
	}
	return m, nil
}

func toolbox() opts.Toolbox {
	return opts.Toolbox{
		Show:  opts.Bool(true),
		Right: "20",
		Feature: &opts.ToolBoxFeature{
			SaveAsImage: &opts.ToolBoxFeatureSaveAsImage{Show: opts.Bool(true), Type: "png", Title: "Save as PNG"},
		},
	}
}

// timelineOption builds the timeline: one lane per entity with a mark per
// lane item spanning its dates, the daily volume beneath, both on one time
// axis zoomed by a shared dataZoom.
func timelineOption(title, subtitle string, lanes int, volume [][2]int64, t0, t1 int64, window [2]int64) (json.RawMessage, error) {
	c := charts.NewCustom()
	c.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: title, Subtitle: subtitle, Left: "10"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Enterable: opts.Bool(false)}),
		charts.WithToolboxOpts(toolbox()),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithAnimation(false),
		charts.WithDataZoomOpts(
			opts.DataZoom{Type: "slider", XAxisIndex: []int{0, 1}, FilterMode: "weakFilter", Start: 0, End: 100},
			opts.DataZoom{Type: "inside", XAxisIndex: []int{0, 1}, FilterMode: "weakFilter", Start: 0, End: 100},
		),
		charts.WithBrush(opts.Brush{XAxisIndex: "all", Brushlink: "all", OutOfBrush: &opts.BrushOutOfBrush{ColorAlpha: 0.3}}),
	)
	lanesBottom := timelineTop + max(lanes, 1)*laneHeight
	c.GridList = []opts.Grid{
		{Top: fmt.Sprint(timelineTop), Left: fmt.Sprint(timelineLeft), Right: fmt.Sprint(timelineRight), Height: fmt.Sprint(lanesBottom - timelineTop)},
		{Top: fmt.Sprint(lanesBottom + 40), Left: fmt.Sprint(timelineLeft), Right: fmt.Sprint(timelineRight), Height: fmt.Sprint(volumeHeight)},
	}
	c.XAxisList = []opts.XAxis{
		// The axis ends fall between dates: labels there would crowd the first and last date.
		{Type: "time", GridIndex: 0, Min: t0, Max: t1, AxisLabel: &opts.AxisLabel{HideOverlap: opts.Bool(true), ShowMinLabel: opts.Bool(false), ShowMaxLabel: opts.Bool(false)}},
		{Type: "time", GridIndex: 1, Min: t0, Max: t1, AxisLabel: &opts.AxisLabel{Show: opts.Bool(false)}},
	}
	c.YAxisList = []opts.YAxis{
		{Type: "category", GridIndex: 0, Data: []string{}, Inverse: opts.Bool(true), SplitLine: &opts.SplitLine{Show: opts.Bool(true)}},
		{Type: "value", GridIndex: 1, Name: "events per day", MinInterval: 1, SplitNumber: 2},
	}
	volData := make([]opts.BarData, len(volume))
	for i, v := range volume {
		volData[i] = opts.BarData{Value: []int64{v[0], v[1]}}
	}
	c.MultiSeries = charts.MultiSeries{
		{Name: "events", Id: "lanes", Type: types.ChartCustom, RenderItem: "laneItem", Data: []opts.CustomData{}},
		{Name: "events per day", Id: "volume", Type: types.ChartBar, XAxisIndex: 1, YAxisIndex: 1, Data: volData, BarMaxWidth: "12", Color: "#8c9bb0"},
	}
	m, err := optionMap(c)
	if err != nil {
		return nil, fmt.Errorf("timeline chart: %w", err)
	}
	series := m["series"].([]any)
	// Every day label names its month, so a zoomed window still says when it is.
	m["xAxis"].([]any)[0].(map[string]any)["axisLabel"].(map[string]any)["formatter"] = map[string]string{
		"year": "{yyyy}", "month": "{MMM} {yyyy}", "day": "{d} {MMM}", "hour": "{HH}:{mm}", "minute": "{HH}:{mm}",
	}
	vol := m["yAxis"].([]any)[1].(map[string]any)
	vol["nameLocation"], vol["nameGap"], vol["nameRotate"] = "middle", 36, 90
	laneSeries := series[0].(map[string]any)
	laneSeries["encode"] = map[string]any{"x": []int{0, 1}, "y": 2}
	laneSeries["clip"] = true
	// Drawn in one pass: progressive rendering left the last lanes of a
	// large corpus blank until the next redraw.
	laneSeries["progressive"] = 0
	// The selected entity's marks are shown with echarts' select state: a
	// state change redraws nothing else, where a setOption would redraw
	// thousands of marks.
	laneSeries["selectedMode"] = "multiple"
	m["useUTC"] = true
	if window[1] > window[0] {
		for _, z := range m["dataZoom"].([]any) {
			z := z.(map[string]any)
			delete(z, "start")
			delete(z, "end")
			z["startValue"], z["endValue"] = window[0], window[1]
		}
	}
	m["brush"].(map[string]any)["toolbox"] = []string{"lineX", "clear"}
	m["brush"].(map[string]any)["xAxisIndex"] = []int{0, 1}
	m["toolbox"].(map[string]any)["feature"].(map[string]any)["brush"] = map[string]any{"type": []string{"lineX", "clear"}, "title": map[string]string{"lineX": "Select a date range", "clear": "Clear selection"}}
	m["tooltip"].(map[string]any)["formatter"] = "timelineTooltip"
	delete(m, "legend")
	return marshalOption(m)
}

// networkOption builds the force-directed network. Its nodes and links are
// chosen by the page script from the current filters (type, minimum weight,
// search, date range), so that one implementation draws every state.
func networkOption(title, subtitle string, categories []string, colors []string) (json.RawMessage, error) {
	c := charts.NewGraph()
	c.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: title, Subtitle: subtitle, Left: "10"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithToolboxOpts(toolbox()),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Bottom: "5", Type: "scroll"}),
	)
	cats := make([]*opts.GraphCategory, len(categories))
	for i, name := range categories {
		cats[i] = &opts.GraphCategory{Name: name, ItemStyle: &opts.ItemStyle{Color: colors[i]}}
	}
	c.AddSeries("network", []opts.GraphNode{}, []opts.GraphLink{}, charts.WithGraphChartOpts(opts.GraphChart{
		Layout:     "force",
		Roam:       opts.Bool(true),
		Draggable:  opts.Bool(true),
		Categories: cats,
		Force:      &opts.GraphForce{Repulsion: 160, Gravity: 0.08, EdgeLength: []float32{40, 180}},
	}))
	m, err := optionMap(c)
	if err != nil {
		return nil, fmt.Errorf("network chart: %w", err)
	}
	s := m["series"].([]any)[0].(map[string]any)
	s["id"] = "net"
	s["force"].(map[string]any)["layoutAnimation"] = true
	s["top"], s["bottom"] = 70, 50
	s["label"] = map[string]any{"position": "right", "fontSize": 11, "width": 160, "overflow": "truncate"}
	s["labelLayout"] = map[string]any{"hideOverlap": true}
	s["emphasis"] = map[string]any{"focus": "adjacency", "label": map[string]any{"show": true}}
	// Neutral links: coloured by their source, a hub's colour floods the graph.
	s["lineStyle"] = map[string]any{"color": "#8c96a3", "curveness": 0.08, "opacity": 0.6}
	s["scaleLimit"] = map[string]any{"min": 0.3, "max": 6}
	// A new selection redraws at once: no transition from the last graph,
	// no fading in (the force layout's own motion is force.layoutAnimation).
	s["animation"] = false
	m["legend"].(map[string]any)["data"] = categories
	m["tooltip"].(map[string]any)["formatter"] = "networkTooltip"
	return marshalOption(m)
}

// marshalOption encodes an option with encoding/json's HTML escaping, so that
// no string from the input can close the script element that holds it.
func marshalOption(m map[string]any) (json.RawMessage, error) {
	raw, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encoding chart option: %w", err)
	}
	return raw, nil
}
