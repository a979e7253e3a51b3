// The dashboard's on-time trend as an ECharts line chart; the table beside it carries the same figures.
document.addEventListener('DOMContentLoaded', function () {
  var print = document.getElementById('print-dashboard');
  if (print) {
    print.addEventListener('click', function () { window.print(); });
  }
  var el = document.getElementById('trend-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var labels = (el.dataset.labels || '').split(',').filter(function (s) { return s !== ''; });
  var values = (el.dataset.values || '').split(',').map(function (s) {
    return s === '' || s === 'null' ? null : Number(s);
  });
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '–' : v + ' %'; } },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: [{ name: el.dataset.series, type: 'line', data: values, connectNulls: true, symbolSize: 6,
               markLine: { silent: true, symbol: 'none', data: [{ yAxis: 80 }], lineStyle: { type: 'dashed' } } }]
  });
  el.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
  window.addEventListener('beforeprint', function () { chart.resize(); });
});
