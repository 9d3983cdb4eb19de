// The report page's style and the few lines that draw its charts. Charts that fail to draw
// are written into the page, so a broken chart is visible, not silent.
export const PAGE_CSS = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header{padding:16px 24px;color:#fff}
header.pass{background:#1a7f37}header.warn{background:#9a6700}header.fail{background:#cf222e}header.error{background:#6e7781}
header h1{margin:0 0 4px;font-size:22px}header p{margin:2px 0}
main{max-width:1200px;margin:0 auto;padding:8px 24px 48px}
section{background:#fff;border:1px solid #d0d7de;border-radius:8px;margin:16px 0;padding:8px 16px 16px}
h2{font-size:18px;margin:8px 0 12px}h3{font-size:15px;margin:16px 0 8px}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}
th,td{border-bottom:1px solid #d8dee4;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}
th{background:#f6f8fa}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.o-pass{color:#1a7f37}.o-warn{color:#9a6700}.o-fail{color:#cf222e;font-weight:600}.o-error,.o-not-measured{color:#6e7781;font-weight:600}
.chart{width:100%;margin:8px 0}.note{color:#59636e}.tampered{background:#cf222e;padding:6px;border-radius:4px}
.kv{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}
code{font-size:12px}
`;

export const PAGE_SCRIPT = `
(function(){
  var specs = JSON.parse(document.getElementById('shipgate-charts').textContent);
  window.__shipgateCharts = { expected: specs.length, drawn: 0, errors: [] };
  specs.forEach(function(spec){
    var el = document.getElementById(spec.el);
    try {
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(spec.option);
      window.__shipgateCharts.drawn++;
      window.addEventListener('resize', function(){ chart.resize(); });
    } catch (e) {
      window.__shipgateCharts.errors.push(spec.el + ': ' + e.message);
      if (el) el.textContent = 'chart failed: ' + e.message;
    }
  });
})();
`;
