// Charts (ECharts) drawn from the tables beside them: every <table data-chart="line|bar"> inside a
// <figure class="chart"> holds the chart's numbers — a row per month or organization, its label in the row's
// <th> (a link when the row leads somewhere) and its number in the data-value of the <td> (empty for no
// data). The chart goes into the figure's .chart-canvas, hidden from screen readers, who read the table;
// so chart and table always show the same numbers, and without scripts the table is all there is.
// No inline script or style (CSP): colours come from the stylesheet's custom properties, the tooltip is
// drawn on the canvas.
(function () {
  if (!window.echarts) return;
  var css = getComputedStyle(document.documentElement);
  function colour(name, fallback) {
    var v = css.getPropertyValue(name);
    return v && v.trim() ? v.trim() : fallback;
  }
  var red = colour('--red', '#C8161D');
  var ink = colour('--ink', '#1f2329');
  var muted = colour('--muted', '#5c6370');
  var line = colour('--line', '#dcdfe4');
  var font = colour('--font', 'sans-serif');

  function read(table) {
    var rows = table.querySelectorAll('tbody tr');
    var data = { labels: [], values: [], links: [], texts: [] };
    for (var i = 0; i < rows.length; i++) {
      var th = rows[i].querySelector('th');
      var td = rows[i].querySelector('td[data-value]');
      if (!th || !td) continue;
      var link = th.querySelector('a');
      data.labels.push(th.textContent.trim());
      data.values.push(td.getAttribute('data-value') === '' ? null : Number(td.getAttribute('data-value')));
      data.texts.push(td.textContent.trim());
      data.links.push(link ? link.href : null);
    }
    return data;
  }

  function options(kind, data, unit) {
    var axisLabel = { color: muted, fontFamily: font };
    var valueAxis = { type: 'value', axisLabel: axisLabel, splitLine: { lineStyle: { color: line } } };
    var categoryAxis = { type: 'category', data: data.labels, axisLabel: axisLabel,
      axisLine: { lineStyle: { color: line } }, axisTick: { show: false } };
    var tooltip = { trigger: 'axis', renderMode: 'richText', confine: true,
      formatter: function (p) {
        var point = p[0];
        return point.name + '：' + data.texts[point.dataIndex] + (unit && data.values[point.dataIndex] !== null ? ' ' + unit : '');
      } };
    var base = { animation: false, color: [red], textStyle: { color: ink, fontFamily: font }, tooltip: tooltip };
    if (kind === 'bar') {
      base.grid = { left: 8, right: 24, top: 8, bottom: 8, containLabel: true };
      base.xAxis = valueAxis;
      categoryAxis.inverse = true;
      base.yAxis = categoryAxis;
      base.series = [{ type: 'bar', data: data.values, barMaxWidth: 18, itemStyle: { color: red },
        cursor: data.links.some(Boolean) ? 'pointer' : 'default' }];
    } else {
      base.grid = { left: 8, right: 16, top: 16, bottom: 8, containLabel: true };
      base.xAxis = categoryAxis;
      base.yAxis = valueAxis;
      base.series = [{ type: 'line', data: data.values, connectNulls: false, symbolSize: 6,
        lineStyle: { color: red, width: 2 }, itemStyle: { color: red }, areaStyle: { color: red, opacity: 0.08 } }];
    }
    return base;
  }

  var charts = [];
  function draw(figure) {
    var table = figure.querySelector('table[data-chart]');
    var box = figure.querySelector('.chart-canvas');
    if (!table || !box || echarts.getInstanceByDom(box)) return;
    var kind = table.getAttribute('data-chart');
    var data = read(table);
    // a bar per organization, tall enough for each name (set through the CSSOM, which the CSP allows)
    if (kind === 'bar') box.style.height = (Math.max(data.labels.length, 3) * 26 + 24) + 'px';
    var chart = echarts.init(box, null, { renderer: 'canvas', locale: 'ZH' });
    chart.setOption(options(kind, data, table.getAttribute('data-unit') || ''));
    chart.on('click', function (p) {
      var link = data.links[p.dataIndex];
      if (link) window.location.href = link;
    });
    charts.push(chart);
  }

  // draws every chart inside root; charts whose element has left the page (a refreshed wall) are let go
  function drawAll(root) {
    charts = charts.filter(function (c) {
      if (document.body.contains(c.getDom())) return true;
      c.dispose();
      return false;
    });
    var figures = root.querySelectorAll('figure.chart');
    for (var i = 0; i < figures.length; i++) draw(figures[i]);
  }
  window.bastionCharts = { draw: drawAll };

  function start() {
    drawAll(document);
    window.addEventListener('resize', function () {
      for (var j = 0; j < charts.length; j++) charts[j].resize();
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
