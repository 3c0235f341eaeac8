// A lot's places on the map of Gansu: a point for each place of its chain (in #trace-map-data:
// {points: [{name, party, stage, value: [longitude, latitude]}]}), joined in the order the goods
// went, over the cities' outlines given in the holder's data-map.
(function () {
  var holder = document.getElementById('trace-map');
  var source = document.getElementById('trace-map-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var points = JSON.parse(source.textContent).points;
  if (!points.length) {
    return;
  }
  fetch(holder.dataset.map)
    .then(function (response) { return response.json(); })
    .then(function (geo) {
      echarts.registerMap('gansu', geo);
      var route = [];
      for (var i = 1; i < points.length; i++) {
        route.push({ coords: [points[i - 1].value, points[i].value] });
      }
      var map = echarts.init(holder, null, { renderer: 'canvas' });
      map.setOption({
        animation: false,
        tooltip: { trigger: 'item', formatter: function (p) { return p.data && p.data.party !== undefined ? p.data.name + '<br>' + p.data.party : ''; } },
        geo: { map: 'gansu', roam: false, itemStyle: { areaColor: '#f3f1ea', borderColor: '#999' } },
        series: [
          { type: 'lines', coordinateSystem: 'geo', data: route, lineStyle: { width: 2, color: '#b5562d' } },
          { type: 'scatter', coordinateSystem: 'geo', data: points, symbolSize: 10,
            label: { show: true, position: 'right', formatter: function (p) { return p.data.name; } } },
        ],
      });
      holder.dataset.rendered = 'true';
      window.addEventListener('resize', function () { map.resize(); });
    });
})();
