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
  holder.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });

  // the cities coloured by their value; a click opens the same page for that city
  var mapHolder = document.getElementById('cities-map');
  if (!mapHolder || !data.cities.length) {
    return;
  }
  fetch(mapHolder.dataset.map)
    .then(function (response) { return response.json(); })
    .then(function (geo) {
      echarts.registerMap('gansu', geo);
      var values = data.cities.filter(function (c) { return c.value !== null; }).map(function (c) { return c.value; });
      var map = echarts.init(mapHolder, null, { renderer: 'canvas' });
      map.setOption({
        animation: false,
        tooltip: { trigger: 'item', formatter: function (p) { return p.name + '：' + (typeof p.value === 'number' && p.value === p.value ? p.value.toFixed(2) : '—'); } },
        visualMap: values.length ? {
          min: Math.min.apply(null, values) === Math.max.apply(null, values) ? 0 : Math.min.apply(null, values),
          max: Math.max.apply(null, values), calculable: true, left: 0, bottom: 0,
        } : undefined,
        series: [{
          type: 'map', map: 'gansu', roam: false,
          // '-' is ECharts' "no value": such a city stays grey
          data: data.cities.map(function (c) { return { name: c.name, value: c.value === null ? '-' : c.value, code: c.code }; }),
        }],
      });
      map.on('click', function (p) {
        if (p.data && p.data.code) {
          var url = new URL(mapHolder.dataset.drill, window.location.href);
          url.searchParams.set('region', p.data.code);
          window.location.href = url.toString();
        }
      });
      mapHolder.dataset.rendered = 'true';
      window.addEventListener('resize', function () { map.resize(); });
    });
})();
