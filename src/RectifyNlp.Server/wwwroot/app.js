// The inspectors' page: upload, wait, read. Everything comes from this service's own API; nothing is
// fetched from elsewhere. Text from the documents is only ever set as textContent, never as markup.
"use strict";

const STATUS = { queued: "排队等待分析…", running: "正在分析…", done: "分析完成", failed: "分析失败" };
const SEVERITY = { high: "高", medium: "中", low: "低" };
const MEASURE_STATUS = { done: "已完成", "in-progress": "推进中", planned: "计划", unknown: "未写明" }; // as MeasureStatusNames.Chinese
const $ = (id) => document.getElementById(id);
let gapKinds = {};
let maxUploadBytes = 50 * 1024 * 1024;
let current = null; // { id, result, documents }
let currentBatch = null;

function key() { return sessionStorage.getItem("rectify-key") || ""; }

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (key()) headers["Authorization"] = "Bearer " + key();
  const response = await fetch(path, Object.assign({}, options, { headers }));
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try { const problem = await response.json(); if (problem.detail) detail = `${problem.title}：${problem.detail}（${response.status}）`; } catch { /* not problem+json */ }
    if (response.status === 401) detail = "需要有效的 API 密钥，请在上方输入（401）";
    if (response.status === 403 && !detail.includes("跨站")) detail = "您的角色无权执行此操作（403）";
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return response;
}

async function whoAmI() {
  try {
    const me = await (await api("/api/me")).json();
    $("user").textContent = me.keysRequired ? `${me.user}（${me.role}）` : "本机使用";
    maxUploadBytes = me.maxUploadBytes;
    show("batch", me.role === "analyst" || me.role === "admin");
    $("key-field").hidden = !me.keysRequired;
    const kinds = await (await api("/api/gap-kinds")).json();
    gapKinds = Object.fromEntries(kinds.map((k) => [k.kind, k.name]));
    await loadRecent();
    return true;
  } catch (error) {
    if (error.status === 401 || error.status === 403) {
      $("key-field").hidden = false;
      $("user").textContent = "请输入 API 密钥";
    }
    return false;
  }
}

// The user's latest analyses (all of them for analysts and admins), to reopen one.
async function loadRecent() {
  const jobs = await (await api("/api/analyses?limit=20")).json();
  const body = $("recent").querySelector("tbody");
  body.replaceChildren();
  for (const job of jobs) {
    const row = body.insertRow();
    row.dataset.id = job.id;
    row.insertCell().textContent = new Date(job.created).toLocaleString("zh-CN", { hour12: false });
    row.insertCell().textContent = job.name || "";
    row.insertCell().textContent = job.owner;
    row.insertCell().textContent = STATUS[job.status] || job.status;
    const button = document.createElement("button");
    button.type = "button"; button.textContent = "查看"; button.className = "open";
    button.addEventListener("click", () => openAnalysis(job.id));
    row.insertCell().append(button);
  }
  show("history", jobs.length > 0);
}

function openAnalysis(id) {
  history.replaceState(null, "", "#" + id);
  show("upload-error", false);
  show("results", false);
  show("progress", true);
  follow(id).catch((error) => fail(error.message));
}

function show(section, visible) { $(section).hidden = !visible; }

async function upload(event) {
  event.preventDefault();
  const typed = $("api-key").value.trim();
  if (typed) { sessionStorage.setItem("rectify-key", typed); await whoAmI(); }
  const form = new FormData();
  const report = $("report").files[0];
  if (!report) { fail("请选择整改报告。"); return; }
  form.append("report", report);
  if ($("feedback").files[0]) form.append("feedback", $("feedback").files[0]);
  const size = report.size + ($("feedback").files[0] ? $("feedback").files[0].size : 0);
  if (size > maxUploadBytes) { fail(`文件共 ${(size / 1048576).toFixed(1)} MB，超过 ${(maxUploadBytes / 1048576).toFixed(0)} MB 上限。`); return; }
  $("submit").disabled = true;
  show("upload-error", false);
  show("results", false);
  show("progress", true);
  $("status").textContent = "正在上传…";
  try {
    const created = await (await api("/api/analyses", { method: "POST", body: form })).json();
    history.replaceState(null, "", "#" + created.id);
    await follow(created.id);
    await loadRecent();
  } catch (error) {
    fail(error.message);
  } finally {
    $("submit").disabled = false;
  }
}

function fail(message) {
  show("progress", false);
  $("upload-error").textContent = message;
  show("upload-error", true);
}

async function follow(id) {
  const started = Date.now();
  for (;;) {
    const job = await (await api(`/api/analyses/${id}`)).json();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const waiting = job.queuePosition > 1 ? `，前面还有 ${job.queuePosition - 1} 份` : "";
    $("status").textContent = `${STATUS[job.status] || job.status}（${seconds} 秒${waiting}）`;
    $("status").dataset.status = job.status;
    if (job.status === "failed") { fail("分析失败：" + (job.error || "原因不明")); return; }
    if (job.status === "done") {
      const documents = await (await api(`/api/analyses/${id}/documents.json`)).json();
      current = { id, result: job.result, documents };
      show("progress", false);
      render();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}

function render() {
  const { result, documents } = current;
  const c = result.coverage;
  $("result-title").textContent = "分析结果：" + (result.report.title || result.report.file);
  const bySeverity = { high: 0, medium: 0, low: 0 };
  result.gaps.forEach((g) => bySeverity[g.severity]++);
  $("summary").textContent = `反馈问题 ${c.issues} 个，已对应整改措施 ${c.answered} 个（${c.issues ? Math.round(100 * c.answered / c.issues) : 100}%）；`
    + `整改措施 ${c.measures} 条，全局性措施 ${c.documentLevelMeasures} 条。需关注 ${result.gaps.length} 项（高 ${bySeverity.high}、中 ${bySeverity.medium}、低 ${bySeverity.low}）。`;
  $("notes").textContent = (result.notes || []).join(" ");
  renderIssues(result);
  renderGaps(result);
  renderText("feedback", documents.feedback, result);
  renderText("report", documents.report, result);
  $("documents").classList.toggle("single", !documents.feedback);
  show("feedback-doc", !!documents.feedback);
  show("results", true);
  applyFilter();
}

function renderIssues(result) {
  const body = $("issues").querySelector("tbody");
  body.replaceChildren();
  for (const issue of result.issues) {
    const row = body.insertRow();
    const cell = row.insertCell();
    const link = document.createElement("a");
    link.href = "#"; link.textContent = `${issue.id} ${issue.text}`;
    link.addEventListener("click", (e) => { e.preventDefault(); jump(`span-issue-${issue.id}`); });
    cell.append(link);
    row.insertCell().textContent = issue.categoryName || issue.category;
    const measures = result.measures.filter((m) => m.issueIds.includes(issue.id));
    const answered = row.insertCell();
    if (measures.length === 0) { answered.textContent = "未见整改措施"; answered.className = "unanswered"; }
    else answered.textContent = measures.map((m) => `${m.id}（${MEASURE_STATUS[m.status] || m.status}）`).join("、");
  }
}

function renderGaps(result) {
  const list = $("gaps"), filters = $("filters");
  list.replaceChildren();
  filters.querySelectorAll("label").forEach((l) => l.remove());
  $("gap-count").textContent = `（${result.gaps.length}）`;
  show("no-gaps", result.gaps.length === 0);
  const counts = {};
  result.gaps.forEach((gap, index) => {
    counts[gap.kind] = (counts[gap.kind] || 0) + 1;
    const item = document.createElement("li");
    item.className = "gap"; item.dataset.kind = gap.kind; item.id = `gap-${index}`;
    const severity = document.createElement("span");
    severity.className = `sev sev-${gap.severity}`; severity.textContent = SEVERITY[gap.severity] || gap.severity;
    const kind = document.createElement("span");
    kind.className = "gap-kind"; kind.textContent = `${gapKinds[gap.kind] || gap.kind}（${gap.kind}）`;
    const refs = document.createElement("span");
    refs.textContent = " " + [gap.issueId, gap.measureId].filter(Boolean).join(" ");
    item.append(severity, kind, refs);
    if (gap.evidence) {
      const button = document.createElement("button");
      button.type = "button"; button.className = "jump"; button.textContent = "定位原文";
      button.addEventListener("click", () => jump(`span-gap-${index}`));
      item.append(button);
    }
    const message = document.createElement("span");
    message.className = "gap-message"; message.textContent = gap.message;
    item.append(message);
    list.append(item);
  });
  for (const kind of Object.keys(counts)) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; box.value = kind;
    box.addEventListener("change", applyFilter);
    label.append(box, ` ${gapKinds[kind] || kind}（${counts[kind]}）`);
    filters.append(label);
  }
}

// Both texts as runs between the boundaries of every highlighted span (problems, measures, gap evidence):
// each run carries the classes of the spans over it; the first run of a span gets its id, to jump to.
function renderText(role, document_, result) {
  const target = $(`${role}-text`);
  target.replaceChildren();
  if (!document_) return;
  $(`${role}-title`).textContent = (role === "feedback" ? "巡察反馈意见：" : "整改报告：") + (document_.title || document_.file);
  const text = document_.text;
  const spans = [];
  result.issues.filter((i) => i.source === role).forEach((i) => spans.push({ start: i.start, end: i.end, cls: "mark-issue", id: `span-issue-${i.id}`, tag: i.id }));
  if (role === "report") result.measures.filter((m) => !m.documentLevel && m.issueIds.length > 0).forEach((m) => spans.push({ start: m.start, end: m.end, cls: "mark-measure", id: `span-measure-${m.id}`, tag: `${m.id}→${m.issueIds.join(",")}` }));
  result.gaps.forEach((g, index) => { if (g.evidence && g.evidenceIn === role && g.end > g.start) spans.push({ start: g.start, end: g.end, gap: index, severity: g.severity, kind: g.kind, id: `span-gap-${index}` }); });
  const cuts = new Set([0, text.length]);
  spans.forEach((s) => { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); });
  const points = [...cuts].sort((a, b) => a - b);
  const placed = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const over = spans.filter((s) => s.start <= from && s.end >= to);
    for (const s of over.filter((s) => s.tag && !placed.has(s.id + ":tag"))) {
      placed.add(s.id + ":tag");
      const tag = document.createElement("span"); tag.className = "tag"; tag.textContent = s.tag; target.append(tag);
    }
    if (over.length === 0) { target.append(text.slice(from, to)); continue; }
    const run = document.createElement("span");
    run.textContent = text.slice(from, to);
    over.filter((s) => s.cls).forEach((s) => run.classList.add(s.cls));
    const gaps = over.filter((s) => s.gap !== undefined);
    if (gaps.length) { run.dataset.gaps = gaps.map((g) => g.gap).join(" "); run.dataset.severities = gaps.map((g) => g.severity).join(" "); run.dataset.kinds = gaps.map((g) => g.kind).join(" "); }
    const anchor = over.find((s) => !placed.has(s.id));
    if (anchor) { run.id = anchor.id; placed.add(anchor.id); }
    target.append(run);
  }
}

function applyFilter() {
  const shown = new Set([...$("filters").querySelectorAll("input:checked")].map((b) => b.value));
  $("gaps").querySelectorAll("li.gap").forEach((li) => { li.hidden = !shown.has(li.dataset.kind); });
  document.querySelectorAll("[data-gaps]").forEach((run) => {
    const kinds = run.dataset.kinds.split(" "), severities = run.dataset.severities.split(" ");
    const visible = severities.filter((_, i) => shown.has(kinds[i]));
    run.classList.remove("gap-high", "gap-medium", "gap-low");
    const worst = ["high", "medium", "low"].find((s) => visible.includes(s));
    if (worst) run.classList.add(`gap-${worst}`);
  });
}

function jump(id) {
  const element = $(id);
  if (!element) return;
  element.scrollIntoView({ block: "center", behavior: "instant" });
  element.classList.remove("flash");
  void element.offsetWidth; // restart the animation
  element.classList.add("flash");
  element.tabIndex = -1;
  element.focus({ preventScroll: true });
}

// Downloads go through fetch (the key travels in a header, never in the address) and are saved from a blob.
async function save(path, name) {
  try {
    const blob = await (await api(path)).blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (error) {
    alert("下载失败：" + error.message);
  }
}

function download(event) {
  const file = event.currentTarget.dataset.file;
  const name = file.startsWith("checklist") ? `核查清单${file.slice("checklist".length)}` : `整改报告分析${file.slice(file.indexOf("."))}`;
  return save(`/api/analyses/${current.id}/${file}`, name);
}

async function uploadBatch(event) {
  event.preventDefault();
  const archive = $("archive").files[0];
  if (!archive) { $("batch-status").textContent = "请选择 zip 压缩包。"; return; }
  if (archive.size > maxUploadBytes) { $("batch-status").textContent = `压缩包 ${(archive.size / 1048576).toFixed(1)} MB，超过 ${(maxUploadBytes / 1048576).toFixed(0)} MB 上限。`; return; }
  const form = new FormData();
  form.append("archive", archive);
  $("batch-submit").disabled = true;
  show("batch-result", false);
  try {
    const created = await (await api("/api/batches", { method: "POST", body: form })).json();
    currentBatch = created.id;
    const bar = $("batch-bar");
    bar.removeAttribute("value");
    show("batch-bar", true);
    for (;;) {
      const job = await (await api(`/api/batches/${created.id}`)).json();
      if (job.progress) { bar.max = job.progress.total; bar.value = job.progress.done; }
      $("batch-status").textContent = `${STATUS[job.status] || job.status}${job.progress ? `：${job.progress.done} / ${job.progress.total} 个单位` : ""}`;
      if (job.status === "failed") { $("batch-status").textContent = "批量分析失败：" + (job.error || "原因不明"); break; }
      if (job.status === "done") { renderBatch(job.result); break; }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } catch (error) {
    $("batch-status").textContent = error.message;
  } finally {
    $("batch-submit").disabled = false;
    show("batch-bar", false);
  }
}

function renderBatch(summary) {
  const recurrences = summary.aggregates.recurrences.length;
  $("batch-summary").textContent = `${summary.rounds.length} 个轮次，${summary.units.length} 个单位，${summary.pairs.length} 份报告；屡查屡犯 ${recurrences} 项；未能分析 ${summary.failures.length} 项。`;
  const list = $("batch-failures");
  list.replaceChildren();
  for (const failure of summary.failures) {
    const item = document.createElement("li");
    item.textContent = `未能分析：${failure.path}：${failure.reason}`;
    list.append(item);
  }
  show("batch-result", true);
}

document.addEventListener("DOMContentLoaded", () => {
  $("upload-form").addEventListener("submit", upload);
  document.querySelectorAll("button.download").forEach((b) => b.addEventListener("click", download));
  $("batch-form").addEventListener("submit", uploadBatch);
  document.querySelectorAll("button.batch-download").forEach((b) => b.addEventListener("click", (event) =>
    save(`/api/batches/${currentBatch}/${event.currentTarget.dataset.file}`, `批量分析-${event.currentTarget.dataset.file}`)));
  whoAmI().then((signedIn) => {
    const id = location.hash.slice(1);
    if (signedIn && /^[0-9a-f]{32}$/.test(id)) openAnalysis(id);
  });
});
