/*
 * Plaza insights: draws the charts (uPlot, served locally) and keeps the numbers current over
 * Server-Sent Events. Every number is already in the page, so without this script nothing is missing.
 */
(function () {
  'use strict';

  var plots = {};
  var colors = ['#8a2b06', '#1d4ed8', '#1f6b3a', '#6b21a8'];

  function chartData(chart) {
    return [chart.x].concat(chart.series.map(function (line) { return line.values; }));
  }

  function widthOf(figure) {
    return Math.max(260, Math.floor(figure.getBoundingClientRect().width));
  }

  function draw(figure) {
    if (typeof window.uPlot !== 'function') {
      return;
    }
    var chart;
    try {
      chart = JSON.parse(figure.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    var target = figure.querySelector('.chart');
    if (!chart || !chart.x || !target) {
      return;
    }
    // EVENT charts have one value per happening (a broadcast) at its time: points, not lines between them.
    var events = figure.getAttribute('data-resolution') === 'EVENT';
    var options = {
      width: widthOf(figure),
      height: 220,
      scales: { x: { time: true } },
      axes: [{ stroke: '#4a4a55' }, { stroke: '#4a4a55', size: 44 }],
      series: [{ label: figure.getAttribute('data-time-label') || '' }].concat(chart.series.map(function (line, i) {
        return {
          label: line.label,
          stroke: colors[i % colors.length],
          width: 2,
          fill: i === 0 && !events ? 'rgba(138, 43, 6, 0.08)' : undefined,
          paths: events ? function () { return null; } : undefined,
          points: events ? { show: true, size: 9, fill: colors[i % colors.length] } : { show: false }
        };
      }))
    };
    plots[figure.getAttribute('data-chart-id')] = { plot: new window.uPlot(options, chartData(chart), target), figure: figure };
  }

  function setText(key, value) {
    document.querySelectorAll('[data-live]').forEach(function (element) {
      if (element.getAttribute('data-live') === key && element.textContent !== value) {
        element.textContent = value;
      }
    });
    document.querySelectorAll('[data-live-progress]').forEach(function (element) {
      if (element.getAttribute('data-live-progress') === key) {
        element.value = Number(value);
        element.textContent = value + ' %';
      }
    });
  }

  function update(payload) {
    var values = payload.values || {};
    Object.keys(values).forEach(function (key) { setText(key, values[key]); });
    var charts = payload.charts || {};
    Object.keys(charts).forEach(function (id) {
      if (plots[id]) {
        plots[id].plot.setData(chartData(charts[id]));
      }
    });
  }

  function listen(main) {
    var url = main.getAttribute('data-live-url');
    if (!url || typeof window.EventSource !== 'function') {
      return;
    }
    var source = new EventSource(url);
    source.addEventListener('update', function (event) {
      try {
        update(JSON.parse(event.data));
      } catch (e) {
        return;
      }
    });
    source.addEventListener('open', function () {
      main.querySelectorAll('.live-status').forEach(function (element) { element.hidden = false; });
    });
    source.addEventListener('error', function () {
      main.querySelectorAll('.live-status').forEach(function (element) { element.hidden = true; });
    });
  }

  function resize() {
    Object.keys(plots).forEach(function (id) {
      var entry = plots[id];
      entry.plot.setSize({ width: widthOf(entry.figure), height: 220 });
    });
  }

  function start() {
    document.querySelectorAll('figure[data-chart]').forEach(draw);
    var resizing;
    window.addEventListener('resize', function () {
      window.clearTimeout(resizing);
      resizing = window.setTimeout(resize, 150);
    });
    var main = document.querySelector('main[data-live-url]');
    if (main) {
      listen(main);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
