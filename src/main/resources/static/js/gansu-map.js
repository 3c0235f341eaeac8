// Colours Gansu's cities and prefectures by a value; a click opens the page given for that city.
// The page carries the values as JSON in #map-data ({cities: [{name, code, value}]}) and the map's
// outlines and the drill-down address in the holder's data-map and data-drill.
(function () {
  var holder = document.getElementById('cities-map');
  var source = document.getElementById('map-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var cities = JSON.parse(source.textContent).cities;
  if (!cities.length) {
    return;
  }
  fetch(holder.dataset.map)
    .then(function (response) { return response.json(); })
    .then(function (geo) {
      echarts.registerMap('gansu', geo);
      var values = cities.filter(function (c) { return c.value !== null; }).map(function (c) { return c.value; });
      var map = echarts.init(holder, null, { renderer: 'canvas' });
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
          data: cities.map(function (c) { return { name: c.name, value: c.value === null ? '-' : c.value, code: c.code }; }),
        }],
      });
      map.on('click', function (p) {
        if (p.data && p.data.code) {
          var url = new URL(holder.dataset.drill, window.location.href);
          url.searchParams.set('region', p.data.code);
          window.location.href = url.toString();
        }
      });
      if (window.longyuanPngButton && holder.dataset.pngLabel) {
        window.longyuanPngButton(holder, map, holder.dataset.pngLabel, holder.dataset.pngFile || 'map');
      }
      holder.dataset.rendered = 'true';
      window.addEventListener('resize', function () { map.resize(); });
    });
})();
