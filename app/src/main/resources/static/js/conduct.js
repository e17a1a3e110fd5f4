// Conduct statistics: draws each chart from its canvas's data-chart attribute (JSON). The table next to each chart
// holds the same figures, so nothing here is needed to read them. Suppressed figures arrive as null and are labelled.
import { PALETTE, loadChartJs, wrap } from './charts.js';

function draw(Chart, canvas) {
  const spec = JSON.parse(canvas.dataset.chart);
  if (!spec.series) {
    return;
  }
  const single = spec.series.length === 1;
  const horizontal = spec.horizontal === true;
  const narrow = window.innerWidth < 641;
  const width = narrow ? 18 : 26;
  const size = narrow ? 12 : 14;
  const labels = spec.labels
    .map((label, i) => (single && spec.series[0].values[i] === null ? `${label} (suppressed)` : label))
    .map((label) => (horizontal ? wrap(label, width) : label));
  const valueAxis = {
    beginAtZero: true,
    ticks: { precision: 0, color: '#0b0c0c', font: { size } },
    grid: { color: '#e5e6e7' },
  };
  const labelAxis = { ticks: { color: '#0b0c0c', font: { size }, autoSkip: false }, grid: { display: false } };
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: spec.series.map((series, i) => ({
        label: series.name,
        data: series.values,
        backgroundColor: PALETTE[i % PALETTE.length],
        borderRadius: 2,
        maxBarThickness: 48,
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

const canvases = document.querySelectorAll('canvas[data-chart]');
if (canvases.length > 0) {
  loadChartJs().then((Chart) => canvases.forEach((canvas) => draw(Chart, canvas)));
}

document.querySelectorAll('[data-conduct-print]').forEach((button) => {
  button.addEventListener('click', () => window.print());
});
