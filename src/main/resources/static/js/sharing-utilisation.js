// Draws each owner's monthly utilisation (percent) from the JSON the page carries (the same
// figures as its tables).
(function () {
  var holder = document.getElementById('utilisation-chart');
  var source = document.getElementById('utilisation-chart-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var chart = echarts.init(holder, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: data.months },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: data.series.map(function (s) { return { name: s.name, type: 'bar', data: s.data }; }),
  });
  holder.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
})();
