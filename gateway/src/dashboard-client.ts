/**
 * The dashboard's browser code and stylesheet, served inline in the page (dashboard.ts) and allowed
 * by hash in its Content-Security-Policy. Plain ES2017 in a string: it runs as written, with no
 * build step, in the page next to Chart.js's UMD build (the global `Chart`). It never writes HTML
 * (textContent only), keeps the tokens in memory only, and reads through the gateway's GraphQL
 * with the signed-in user's own permissions. State for tests and scripts is in the DOM:
 * `section[data-panel][data-state]` (idle, loading, ready, empty, forbidden, error), `data-code`
 * on a refused panel, `#board[data-loads]` counting finished loads, and each chart is
 * `Chart.getChart(canvasId)`.
 */
export const DASHBOARD_CLIENT = String.raw`(function () {
  'use strict';
  var cfg = window.ATRIUM_DASHBOARD;
  var REFRESH_MS = 30000;
  var session = null;
  var timer = null;
  var loads = 0;
  var refreshing = null;
  var $ = function (id) { return document.getElementById(id); };
  var COLORS = { blue: '#2563eb', red: '#dc2626', green: '#16a34a', amber: '#d97706', slate: '#64748b', violet: '#7c3aed' };
  var fade = function (hex, a) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')';
  };

  function codeOf(result) {
    var e = result && result.errors && result.errors[0];
    return e ? (e.extensions && e.extensions.code) || 'ERROR' : null;
  }

  function gql(name, variables, signedIn) {
    var op = cfg.operations[name];
    var body = { operationName: name, variables: variables || {} };
    if (op.id) body.extensions = { persistedQuery: { version: 1, sha256Hash: op.id } };
    else body.query = op.body;
    var headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    if (signedIn && session) headers.authorization = 'Bearer ' + session.accessToken;
    return fetch(cfg.endpoint, { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'omit', cache: 'no-store' }).then(
      function (res) {
        return res.json().catch(function () {
          return { errors: [{ message: 'The gateway answered HTTP ' + res.status, extensions: { code: 'HTTP_' + res.status } }] };
        });
      },
      function (error) {
        return { errors: [{ message: 'The gateway could not be reached (' + error.message + ')', extensions: { code: 'NETWORK_ERROR' } }] };
      }
    );
  }

  /** One refresh at a time: refresh tokens are single-use, and reusing one ends the session. */
  function renew() {
    if (!refreshing) {
      refreshing = gql('DashboardRefresh', { refreshToken: session.refreshToken }, false).then(function (r) {
        refreshing = null;
        if (r.data && r.data.refreshToken) {
          signedIn(r.data.refreshToken);
          return true;
        }
        signOut(false, 'Your session has ended: sign in again.');
        return false;
      });
    }
    return refreshing;
  }

  function query(name, variables) {
    var token = session && session.accessToken;
    return gql(name, variables, true).then(function (r) {
      if (codeOf(r) !== 'UNAUTHENTICATED' || !session) return r;
      // Expired while the page was open: renew once (unless another call already did) and retry.
      var again = function (ok) { return ok ? gql(name, variables, true) : r; };
      return session.accessToken !== token ? again(true) : renew().then(again);
    });
  }

  function baseOptions(extra) {
    var options = {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom' } },
    };
    for (var k in extra) options[k] = extra[k];
    return options;
  }

  function draw(canvasId, type, data, options) {
    var chart = Chart.getChart(canvasId);
    if (chart && chart.config.type === type) {
      chart.data.labels = data.labels;
      chart.data.datasets = data.datasets;
      chart.update('none');
      return chart;
    }
    if (chart) chart.destroy();
    return new Chart($(canvasId), { type: type, data: data, options: options });
  }

  function clearChart(section) {
    var canvas = section.querySelector('canvas');
    var chart = Chart.getChart(canvas);
    if (chart) chart.destroy();
  }

  var utcDay = function (ms) { return new Date(ms).toISOString().slice(0, 10); };
  var DAY = 86400000;
  var MINUTE = 60000;

  function drawRequests(rows) {
    draw('chart-requests', 'line', {
      labels: rows.map(function (r) { return r.bucketStart.slice(11, 16); }),
      datasets: [
        { label: 'Requests', data: rows.map(function (r) { return r.requests; }), borderColor: COLORS.blue, backgroundColor: fade(COLORS.blue, 0.15), fill: true, cubicInterpolationMode: 'monotone', pointRadius: 0, borderWidth: 2 },
        { label: 'Errors', data: rows.map(function (r) { return r.errors; }), borderColor: COLORS.red, backgroundColor: fade(COLORS.red, 0.2), fill: true, cubicInterpolationMode: 'monotone', pointRadius: 0, borderWidth: 2 },
      ],
    }, baseOptions({ scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'requests / minute' } }, x: { ticks: { maxTicksLimit: 12 } } } }));
  }

  function drawLatency(rows) {
    draw('chart-latency', 'bar', {
      labels: rows.map(function (r) { return r.operationName; }),
      datasets: [{ label: 'p95 latency (ms)', data: rows.map(function (r) { return Math.round(r.p95Ms * 100) / 100; }), backgroundColor: fade(COLORS.violet, 0.7), borderColor: COLORS.violet, borderWidth: 1 }],
    }, baseOptions({ indexAxis: 'y', scales: { x: { beginAtZero: true, title: { display: true, text: 'ms' } } } }));
  }

  function drawLlm(rows, fromMs, days) {
    var byDay = {};
    rows.forEach(function (r) { byDay[r.day] = r; });
    var labels = [];
    for (var i = 0; i < days; i++) labels.push(utcDay(fromMs + i * DAY));
    var pick = function (field) { return labels.map(function (d) { return byDay[d] ? Number(byDay[d][field]) : 0; }); };
    draw('chart-llm', 'bar', {
      labels: labels,
      datasets: [
        { type: 'bar', label: 'Input tokens', data: pick('inputTokens'), backgroundColor: fade(COLORS.blue, 0.7), stack: 'tokens', yAxisID: 'tokens', order: 2 },
        { type: 'bar', label: 'Output tokens', data: pick('outputTokens'), backgroundColor: fade(COLORS.green, 0.7), stack: 'tokens', yAxisID: 'tokens', order: 2 },
        { type: 'line', label: 'Cost (USD)', data: pick('cost'), borderColor: COLORS.amber, backgroundColor: COLORS.amber, yAxisID: 'cost', cubicInterpolationMode: 'monotone', pointRadius: 3, borderWidth: 2, order: 1 },
      ],
    }, baseOptions({
      scales: {
        x: { stacked: true, ticks: { maxTicksLimit: 14 } },
        tokens: { type: 'linear', position: 'left', stacked: true, beginAtZero: true, title: { display: true, text: 'tokens' } },
        cost: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: 'USD' } },
      },
    }));
  }

  function drawBudgets(nodes) {
    var percent = nodes.map(function (n) { return n.spend.percentOfMonthlyBudget; });
    draw('chart-budgets', 'bar', {
      labels: nodes.map(function (n) { return n.name; }),
      datasets: [
        { label: 'Spend this month (USD)', data: nodes.map(function (n) { return Number(n.spend.totalSpend); }), backgroundColor: nodes.map(function (n, i) { return percent[i] != null && percent[i] >= 100 ? fade(COLORS.red, 0.75) : percent[i] != null && percent[i] >= 80 ? fade(COLORS.amber, 0.75) : fade(COLORS.green, 0.75); }) },
        { label: 'Monthly budget (USD)', data: nodes.map(function (n) { return n.monthlyBudget == null ? null : Number(n.monthlyBudget); }), backgroundColor: fade(COLORS.slate, 0.35), borderColor: COLORS.slate, borderWidth: 1 },
      ],
    }, baseOptions({
      indexAxis: 'y',
      scales: { x: { beginAtZero: true, title: { display: true, text: 'USD' } } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { footer: function (items) { var p = percent[items[0].dataIndex]; return p == null ? 'no monthly budget' : p.toFixed(1) + '% of the monthly budget'; } } },
      },
    }));
  }

  function setState(section, state, message, code) {
    section.dataset.state = state;
    if (code) section.dataset.code = code; else delete section.dataset.code;
    var p = section.querySelector('.message');
    p.textContent = message || '';
    p.hidden = !message;
    p.className = 'message' + (state === 'forbidden' || state === 'error' ? ' error' : '');
    section.querySelector('.chart').hidden = state !== 'ready';
  }

  function panel(name, op, variables, pickRows, render, emptyText) {
    var section = document.querySelector('section[data-panel="' + name + '"]');
    if (section.dataset.state === 'idle') setState(section, 'loading', 'Loading…');
    // The window asked for, for anyone comparing the chart with the API.
    section.dataset.from = variables.from || '';
    section.dataset.to = variables.to || '';
    return query(op, variables).then(function (r) {
      var code = codeOf(r);
      if (code) {
        clearChart(section);
        var e = r.errors[0];
        if (code === 'FORBIDDEN') setState(section, 'forbidden', 'FORBIDDEN: ' + e.message + '. Your account may not read this; ask an administrator for the permission.', code);
        else setState(section, 'error', code + ': ' + e.message, code);
        return;
      }
      var rows = pickRows(r.data);
      if (!rows.length) {
        clearChart(section);
        setState(section, 'empty', emptyText);
        return;
      }
      setState(section, 'ready', '');
      render(rows);
    });
  }

  function load() {
    if (!session) return Promise.resolve();
    var now = Date.now();
    var to = new Date(Math.floor(now / MINUTE) * MINUTE + MINUTE);
    var hour = { from: new Date(to.getTime() - 60 * MINUTE).toISOString(), to: to.toISOString() };
    var days = 14;
    var dayTo = Math.floor(now / DAY) * DAY + DAY;
    var dayFrom = dayTo - days * DAY;
    return Promise.all([
      panel('requests', 'DashboardRequests', hour, function (d) { return d.requestSeries; }, drawRequests, 'No requests in the last hour.'),
      panel('latency', 'DashboardLatency', hour, function (d) { return d.operationStats; }, drawLatency, 'No operations in the last hour.'),
      panel('llm', 'DashboardLlmUsage', { from: new Date(dayFrom).toISOString(), to: new Date(dayTo).toISOString() }, function (d) { return d.llmUsage; }, function (rows) { drawLlm(rows, dayFrom, days); }, 'No LLM usage in the last 14 days.'),
      panel('budgets', 'DashboardBudgets', {}, function (d) { return d.costCenters.nodes; }, drawBudgets, 'No cost centers you can read (cost_center:read).'),
    ]).then(function () {
      if (!session) return;
      var sections = Array.prototype.slice.call(document.querySelectorAll('section[data-panel]'));
      var refused = sections.filter(function (s) { return s.dataset.state === 'forbidden'; });
      var notice = $('notice');
      if (refused.length === sections.length || (refused.length && sections.every(function (s) { return s.dataset.state === 'forbidden' || s.dataset.state === 'empty'; }))) {
        notice.textContent = 'FORBIDDEN: ' + session.email + ' may not read analytics. The dashboard shows what your own permissions allow; ask an administrator for analytics:read.';
        notice.dataset.code = 'FORBIDDEN';
        notice.hidden = false;
      } else {
        notice.hidden = true;
        delete notice.dataset.code;
      }
      $('updated').textContent = new Date().toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
      loads += 1;
      $('board').dataset.loads = String(loads);
    });
  }

  function signedIn(payload) {
    session = { accessToken: payload.accessToken, refreshToken: payload.refreshToken, email: payload.user.email };
    $('who-email').textContent = payload.user.email;
  }

  function signOut(tellGateway, message) {
    // Ends the session at identity too (fire and forget: the page forgets the tokens either way).
    if (tellGateway && session) gql('DashboardLogout', { refreshToken: session.refreshToken }, true);
    session = null;
    if (timer) clearInterval(timer);
    timer = null;
    Array.prototype.forEach.call(document.querySelectorAll('section[data-panel]'), function (s) { clearChart(s); setState(s, 'idle', ''); });
    $('board').hidden = true;
    $('who').hidden = true;
    $('signin').hidden = false;
    var err = $('signin-error');
    err.textContent = message || '';
    err.hidden = !message;
  }

  $('signin').addEventListener('submit', function (event) {
    event.preventDefault();
    var err = $('signin-error');
    err.hidden = true;
    var input = { email: $('email').value.trim(), password: $('password').value };
    var mfa = $('mfa').value.trim();
    if (mfa) input.mfaCode = mfa;
    var button = $('signin').querySelector('button[type="submit"]');
    button.disabled = true;
    gql('DashboardLogin', { input: input }, false).then(function (r) {
      button.disabled = false;
      var code = codeOf(r);
      if (code) {
        err.textContent = code + ': ' + r.errors[0].message;
        err.dataset.code = code;
        err.hidden = false;
        return;
      }
      $('password').value = '';
      $('mfa').value = '';
      signedIn(r.data.login);
      $('signin').hidden = true;
      $('who').hidden = false;
      $('board').hidden = false;
      load();
      timer = setInterval(load, REFRESH_MS);
    });
  });
  $('refresh').addEventListener('click', function () { load(); });
  $('signout').addEventListener('click', function () { signOut(true, ''); });
  document.body.dataset.ready = 'true';
})();
`;

export const DASHBOARD_CSS = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f172a; background: #f1f5f9; }
body { margin: 0; }
header { display: flex; align-items: center; justify-content: space-between; padding: 12px 24px; background: #0f172a; color: #f8fafc; }
header h1 { font-size: 18px; margin: 0; font-weight: 600; }
header button { margin-left: 8px; }
main { padding: 20px 24px; }
form#signin { max-width: 360px; margin: 40px auto; padding: 24px; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(15, 23, 42, 0.15); display: flex; flex-direction: column; gap: 12px; }
form#signin h2 { margin: 0; font-size: 18px; }
form#signin p { margin: 0; font-size: 13px; color: #475569; }
label { display: flex; flex-direction: column; gap: 4px; font-size: 13px; }
input { font: inherit; padding: 6px 8px; border: 1px solid #cbd5e1; border-radius: 4px; }
button { font: inherit; padding: 6px 12px; border: 1px solid #334155; border-radius: 4px; background: #1e293b; color: #f8fafc; cursor: pointer; }
button:disabled { opacity: 0.6; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
.panel { background: #fff; border-radius: 8px; padding: 12px 16px 16px; box-shadow: 0 1px 3px rgba(15, 23, 42, 0.12); min-height: 320px; }
.panel h2 { font-size: 15px; margin: 0 0 8px; font-weight: 600; }
.panel h2 small { font-weight: 400; color: #64748b; }
.chart { position: relative; height: 280px; }
.message { font-size: 14px; color: #475569; }
.error { color: #b91c1c; font-weight: 600; }
.notice { padding: 10px 14px; border-radius: 6px; background: #fef2f2; border: 1px solid #fecaca; color: #991b1b; font-weight: 600; }
.footer { font-size: 12px; color: #64748b; }
[hidden] { display: none !important; }
`;
