// Shared by the pages that draw charts (conduct statistics, insights): Chart.js is loaded only when a page has a
// chart, long labels wrap, and every chart uses the same GOV.UK colours.
export const PALETTE = ['#1d70b8', '#f47738', '#00703c', '#4c2c92', '#d53880', '#28a197', '#b58840', '#505a5f', '#912b88'];

export function loadChartJs() {
  if (window.Chart) {
    return Promise.resolve(window.Chart);
  }
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/webjars/chart.js/dist/chart.umd.min.js';
    script.onload = () => resolve(window.Chart);
    script.onerror = reject;
    document.head.appendChild(script);
  });
}

// Long labels go on several lines, so the axis does not cut them off on a narrow screen.
export function wrap(label, width) {
  const lines = [];
  let line = '';
  for (const word of String(label).split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.length === 1 ? lines[0] : lines;
}
