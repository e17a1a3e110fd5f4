// Insights: draws each chart from its canvas's data-insights-chart attribute (JSON). The table under each chart holds
// the same figures, so nothing here is needed to read them. Suppressed or empty figures arrive as null.
import { PALETTE, loadChartJs, wrap } from './charts.js';

function draw(Chart, canvas) {
  if (canvas.dataset.drawn === 'true') {
    return;
  }
  canvas.dataset.drawn = 'true';
  const spec = JSON.parse(canvas.dataset.insightsChart);
  if (!spec.series) {
    return;
  }
  const narrow = window.innerWidth < 641;
  const size = narrow ? 11 : 13;
  const horizontal = spec.horizontal === true;
  const line = spec.type === 'line';
  const single = spec.series.length === 1;
  const labels = horizontal ? spec.labels.map((label) => wrap(label, narrow ? 18 : 28)) : spec.labels;
  if (horizontal) {
    // Room for every bar and its (wrapped) label, however many rows the table has.
    const lines = labels.reduce((sum, label) => sum + (Array.isArray(label) ? label.length : 1), 0);
    const legend = spec.series.length === 1 ? 40 : 40 + Math.ceil(spec.series.length / (narrow ? 2 : 4)) * 24;
    const needed = Math.max(220, lines * 22 + spec.labels.length * 8 + legend);
    canvas.parentElement.style.height = `${needed}px`;
  }
  const counts = spec.series.every((series) => series.values.every((v) => v === null || Number.isInteger(v)));
  const valueAxis = {
    beginAtZero: true,
    stacked: spec.stacked === true,
    ticks: { color: '#0b0c0c', font: { size }, precision: counts ? 0 : undefined },
    grid: { color: '#e5e6e7' },
  };
  const labelAxis = {
    stacked: spec.stacked === true,
    ticks: { color: '#0b0c0c', font: { size }, autoSkip: !horizontal, maxRotation: 60 },
    grid: { display: false },
  };
  new Chart(canvas, {
    type: line ? 'line' : 'bar',
    data: {
      labels,
      datasets: spec.series.map((series, i) => ({
        label: series.name,
        data: series.values,
        backgroundColor: PALETTE[i % PALETTE.length],
        borderColor: PALETTE[i % PALETTE.length],
        borderWidth: line ? 2 : 0,
        pointRadius: line ? 2 : 0,
        borderRadius: line ? 0 : 2,
        maxBarThickness: 40,
        spanGaps: false,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: {
        legend: { display: !single, position: 'bottom', labels: { color: '#0b0c0c', font: { size } } },
        tooltip: {
          callbacks: {
            label: (context) => {
              const text = spec.series[context.datasetIndex].texts[context.dataIndex];
              return single ? text : `${context.dataset.label}: ${text}`;
            },
          },
        },
      },
    },
  });
}

function drawAll() {
  const canvases = document.querySelectorAll('canvas[data-insights-chart]');
  if (canvases.length > 0) {
    loadChartJs().then((Chart) => canvases.forEach((canvas) => draw(Chart, canvas)));
  }
}

drawAll();
// The filter swaps the figures in place (htmx): draw the new charts once they have settled.
document.body.addEventListener('htmx:afterSettle', drawAll);
