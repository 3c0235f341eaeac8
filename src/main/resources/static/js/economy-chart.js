// Draws a monthly series as reported, seasonally adjusted and as trend, from the page's JSON.
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
    series: [
      { name: data.labels.raw, type: 'line', data: data.raw, symbol: 'none', lineStyle: { width: 1 } },
      { name: data.labels.adjusted, type: 'line', data: data.adjusted, symbol: 'none', lineStyle: { width: 2 } },
      { name: data.labels.trend, type: 'line', data: data.trend, symbol: 'none', lineStyle: { type: 'dashed' } },
    ],
  });
  holder.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
})();
