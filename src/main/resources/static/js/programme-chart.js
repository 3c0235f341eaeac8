// Draws a programme's count at the end of each year beside its target, from the JSON the page
// carries (the same figures as its table).
(function () {
  var holder = document.getElementById('programme-chart');
  var source = document.getElementById('programme-chart-data');
  var script = document.getElementById('programme-chart-script');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var series = [{ name: script.dataset.count, type: 'bar', data: data.counts }];
  if (data.target !== null) {
    series.push({
      name: script.dataset.target, type: 'line', symbol: 'none', lineStyle: { type: 'dashed' },
      data: data.years.map(function () { return data.target; }),
    });
  }
  if (data.targetMax !== null) {
    series.push({
      name: script.dataset.target, type: 'line', symbol: 'none', lineStyle: { type: 'dotted' },
      data: data.years.map(function () { return data.targetMax; }),
    });
  }
  var chart = echarts.init(holder, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: data.years.map(String) },
    yAxis: { type: 'value' },
    series: series,
  });
  holder.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
})();
