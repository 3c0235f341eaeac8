// A real button under a chart that saves it as PNG: the chart's own toolbox icon is drawn on the
// canvas, out of reach of the keyboard and of screen readers.
window.longyuanPngButton = function (holder, chart, label, file) {
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'chart-png';
  button.textContent = label;
  button.addEventListener('click', function () {
    var link = document.createElement('a');
    link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    link.download = file + '.png';
    document.body.appendChild(link);
    link.click();
    link.remove();
  });
  holder.insertAdjacentElement('afterend', button);
  return button;
};
