// Draws a monthly series as reported, seasonally adjusted and as trend, from the page's JSON
// (the economy pages, and an indicator's monthly series on its page).
(function () {
  var holder = document.getElementById('series-chart');
  var source = document.getElementById('series-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var chart = echarts.init(holder, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    toolbox: { feature: { saveAsImage: { title: data.labels.png, name: data.labels.file } } },
    legend: { bottom: 0 },
    grid: { left: 56, right: 16, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: data.periods },
    yAxis: { type: 'value', scale: true },
    // a series that is not seasonally adjusted (an indicator's cumulative value) has no adjusted
    // line nor trend, and only its own line is drawn
    series: [
      { name: data.labels.raw, type: 'line', data: data.raw, symbol: 'none', lineStyle: { width: 1 } },
      data.adjusted && { name: data.labels.adjusted, type: 'line', data: data.adjusted, symbol: 'none', lineStyle: { width: 2 } },
      data.trend && { name: data.labels.trend, type: 'line', data: data.trend, symbol: 'none', lineStyle: { type: 'dashed' } },
    ].filter(Boolean),
  });
  if (window.longyuanPngButton) {
    window.longyuanPngButton(holder, chart, data.labels.png, data.labels.file);
  }
  holder.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
})();
