// A project's investment by year, planned beside completed (万元). The page carries the figures as
// JSON in #chart-data ({years, planned, completed}) and the series' names in the holder's data.
(function () {
  var holder = document.getElementById('investment-chart');
  var source = document.getElementById('chart-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  if (!data.years.length) {
    holder.hidden = true;
    return;
  }
  var chart = echarts.init(holder, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [holder.dataset.planned, holder.dataset.completed] },
    xAxis: { type: 'category', data: data.years },
    yAxis: { type: 'value' },
    series: [
      { name: holder.dataset.planned, type: 'bar', data: data.planned.map(Number) },
      { name: holder.dataset.completed, type: 'bar', data: data.completed.map(Number) },
    ],
  });
  if (window.longyuanPngButton && holder.dataset.pngLabel) {
    window.longyuanPngButton(holder, chart, holder.dataset.pngLabel, holder.dataset.pngFile || 'investment');
  }
  holder.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
})();
