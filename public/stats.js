// 統計: draws each figure's chart with ECharts from the page's JSON block (#stats-data). Plain browser JS, no build.
// The numbers are also in each figure's table, so the page reads without this script.

(() => {
  // Okabe & Ito (2008), "Color Universal Design", then Paul Tol's muted scheme: palettes told apart with the common
  // colour-vision deficiencies. Stacked series also get ECharts decal patterns, so colour is not the only cue.
  const PALETTE = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#56B4E9",
    "#CC79A7",
    "#F0E442",
    "#000000",
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#999933",
    "#DDCC77",
    "#CC6677",
    "#882255",
    "#AA4499",
  ];

  function readData() {
    const block = document.getElementById("stats-data");
    if (!block) return null;
    try {
      return JSON.parse(block.textContent || "null");
    } catch {
      return null;
    }
  }

  function numberFormat(lang) {
    const nf = new Intl.NumberFormat(lang === "en" ? "en-US" : "ja-JP");
    return (v) => (typeof v === "number" ? nf.format(v) : String(v));
  }

  function optionOf(spec, lang) {
    const fmt = numberFormat(lang);
    const base = {
      color: PALETTE,
      // The chart's accessible name; the figure's table holds the numbers for screen readers.
      aria: {
        enabled: true,
        decal: { show: spec.kind === "stacked" },
        label: { description: `${spec.title}${lang === "en" ? " (numbers in the table below)" : "（数値は下の表）"}` },
      },
      textStyle: { fontFamily: 'system-ui, "Hiragino Sans", "Noto Sans JP", "Yu Gothic", sans-serif' },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: fmt, confine: true },
      grid: { containLabel: true, left: 16, right: 24, top: 48, bottom: 16 },
    };
    if (spec.kind === "dual") {
      return {
        ...base,
        legend: { top: 0 },
        xAxis: {
          type: "category",
          data: spec.categories,
          name: spec.categoryName,
          nameLocation: "middle",
          nameGap: 28,
        },
        yAxis: [
          { type: "value", name: spec.valueNames[0], axisLabel: { formatter: fmt } },
          { type: "value", name: spec.valueNames[1], axisLabel: { formatter: fmt }, splitLine: { show: false } },
        ],
        dataZoom: spec.categories.length > 36 ? [{ type: "inside" }, { type: "slider", height: 18, bottom: 0 }] : [],
        series: [
          { type: "bar", name: spec.series[0].name, data: spec.series[0].data, yAxisIndex: 0 },
          { type: "line", name: spec.series[1].name, data: spec.series[1].data, yAxisIndex: 1, symbolSize: 6 },
        ],
      };
    }
    if (spec.kind === "stacked") {
      return {
        ...base,
        legend: { type: "scroll", top: 0 },
        grid: { ...base.grid, top: 64 },
        xAxis: {
          type: "category",
          data: spec.categories,
          name: spec.categoryName,
          nameLocation: "middle",
          nameGap: 28,
        },
        yAxis: { type: "value", name: spec.valueNames[0], axisLabel: { formatter: fmt } },
        series: spec.series.map((s) => ({
          type: "bar",
          stack: "total",
          name: s.name,
          data: s.data,
          emphasis: { focus: "series" },
        })),
      };
    }
    const horizontal = spec.kind === "hbars";
    const category = { type: "category", data: spec.categories, name: spec.categoryName };
    const value = { type: "value", name: spec.valueNames[0], axisLabel: { formatter: fmt } };
    return {
      ...base,
      xAxis: horizontal
        ? value
        : { ...category, axisLabel: { interval: 0, rotate: spec.categories.length > 6 ? 30 : 0 } },
      yAxis: horizontal ? { ...category, inverse: true } : value,
      series: [
        {
          type: "bar",
          name: spec.series[0].name,
          data: spec.series[0].data,
          label: { show: true, position: horizontal ? "right" : "top", formatter: (p) => fmt(p.value) },
        },
      ],
    };
  }

  function draw() {
    const data = readData();
    const echarts = window.echarts;
    if (!data || !echarts) return;
    const note = document.getElementById("chart-note");
    if (note) note.hidden = true;
    const charts = [];
    for (const el of document.querySelectorAll(".chart[data-chart]")) {
      const spec = data.charts[el.dataset.chart];
      if (!spec) continue;
      if (spec.kind === "hbars") el.classList.add("tall");
      el.dataset.drawn = "true"; // gives the box its height (app.css) before ECharts measures it
      const chart = echarts.init(el, null, { renderer: "svg", locale: "EN" });
      chart.setOption(optionOf(spec, data.lang));
      charts.push(chart);
    }
    window.addEventListener("resize", () => {
      for (const chart of charts) chart.resize();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
