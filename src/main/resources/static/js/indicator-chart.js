// Draws an indicator's chart from the data the page carries as JSON (the same figures as its table).
(function () {
  var holder = document.getElementById('indicator-chart');
  var source = document.getElementById('chart-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var chart = echarts.init(holder, null, { renderer: 'canvas' });
  var series = [
    { name: data.labels.judged, type: 'line', data: data.judged, connectNulls: false, symbolSize: 6 },
  ];
  if (data.required.length) {
    series.push({ name: data.labels.required, type: 'line', data: data.required, lineStyle: { type: 'dashed' }, symbol: 'none' });
  }
  if (data.projection) {
    series.push({
      name: data.labels.projection, type: 'scatter', symbolSize: 9,
      data: [[String(data.projection.year), data.projection.value]],
    });
    if (data.projection.low !== null) {
      series.push({
        name: data.labels.band, type: 'line', symbol: 'none', lineStyle: { width: 6, opacity: 0.3 },
        data: [[String(data.projection.year), data.projection.low], [String(data.projection.year), data.projection.high]],
      });
    }
  }
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    toolbox: { feature: { saveAsImage: { title: data.labels.png, name: data.labels.file } } },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: data.years.map(String) },
    yAxis: { type: 'value', scale: true },
    series: series,
  });
  if (window.longyuanPngButton) {
    window.longyuanPngButton(holder, chart, data.labels.png, data.labels.file);
  }
  holder.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });

})();
