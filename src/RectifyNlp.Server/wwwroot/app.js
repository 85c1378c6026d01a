// The inspectors' page: upload, wait, read. Everything comes from this service's own API; nothing is
// fetched from elsewhere. Text from the documents is only ever set as textContent, never as markup.
"use strict";

const STATUS = { queued: "排队等待分析…", running: "正在分析…", done: "分析完成", failed: "分析失败" };
const SEVERITY = { high: "高", medium: "中", low: "低" };
const MEASURE_STATUS = { done: "已完成", "in-progress": "推进中", planned: "计划", unknown: "未写明" }; // as MeasureStatusNames.Chinese
const $ = (id) => document.getElementById(id);
let gapKinds = {};
let maxUploadBytes = 16 * 1024 * 1024; // the service's default, until /api/me gives its own
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
    if (me.role === "analyst" || me.role === "admin") await loadBatches();
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
    const unit = row.insertCell();
    unit.className = "unit";
    unit.textContent = job.unit || job.name || "";
    if (job.unit && job.name) { const file = document.createElement("span"); file.className = "file"; file.textContent = job.name; unit.append(file); }
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
  $("result-title").textContent = "分析结果：" + (result.unit ? `${result.unit} · ` : "") + (result.report.title || result.report.file);
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
    kind.className = "gap-kind"; kind.textContent = gapKinds[gap.kind] || gap.kind;
    const refs = document.createElement("span");
    refs.textContent = " " + [gap.issueId, gap.measureId].filter(Boolean).join(" ");
    item.append(severity, kind, refs);
    if (gap.evidence && gap.evidenceIn && gap.end > gap.start) {
      const button = document.createElement("button");
      button.type = "button"; button.className = "jump"; button.textContent = "定位原文";
      button.addEventListener("click", () => jumpToGap(index));
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

// Both texts with every highlighted span (gap evidence, problems, measures) as an element of its own, nested where
// spans nest. Spans are placed in priority order — gap evidence first, longest first, then problems and measures — and a
// span that crosses one already placed is cut at that one's edges, so the pieces nest. A gap's evidence is thus one
// element (unless it crosses another gap's), whatever problem or measure it overlaps, and 定位原文 always has a target.
function renderText(role, document_, result) {
  const target = $(`${role}-text`);
  target.replaceChildren();
  if (!document_) return;
  $(`${role}-title`).textContent = (role === "feedback" ? "巡察反馈意见：" : "整改报告：") + (document_.title || document_.file);
  const text = document_.text;
  const clamp = (n) => Math.max(0, Math.min(text.length, n));
  const spans = [];
  result.gaps.forEach((g, index) => { if (g.evidence && g.evidenceIn === role && g.end > g.start) spans.push({ start: clamp(g.start), end: clamp(g.end), gap: index, severity: g.severity, kind: g.kind, id: `span-gap-${index}` }); });
  spans.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  result.issues.filter((i) => i.source === role).forEach((i) => spans.push({ start: clamp(i.start), end: clamp(i.end), cls: "mark-issue", id: `span-issue-${i.id}`, tag: i.id }));
  if (role === "report") result.measures.filter((m) => !m.documentLevel && m.issueIds.length > 0).forEach((m) => spans.push({ start: clamp(m.start), end: clamp(m.end), cls: "mark-measure", id: `span-measure-${m.id}`, tag: `${m.id}→${m.issueIds.join(",")}` }));
  const pieces = [];
  spans.forEach((span, order) => {
    if (span.end <= span.start) return;
    const cuts = new Set([span.start, span.end]);
    for (const p of pieces) {
      const crosses = (p.start < span.start && span.start < p.end && p.end < span.end) || (span.start < p.start && p.start < span.end && span.end < p.end);
      if (crosses) [p.start, p.end].filter((x) => x > span.start && x < span.end).forEach((x) => cuts.add(x));
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) pieces.push({ start: points[i], end: points[i + 1], span, order, first: i === 0 });
  });
  pieces.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  // One pass over the pieces with a stack of open elements; text goes into the innermost element open at it.
  const stack = [{ element: target, end: text.length }];
  let cursor = 0;
  const emit = (to) => { if (to > cursor) { stack[stack.length - 1].element.append(text.slice(cursor, to)); cursor = to; } };
  for (const piece of pieces) {
    while (stack.length > 1 && stack[stack.length - 1].end <= piece.start) { emit(stack[stack.length - 1].end); stack.pop(); }
    emit(piece.start);
    const { span } = piece;
    if (piece.first && span.tag) { const tag = document.createElement("span"); tag.className = "tag"; tag.textContent = span.tag; stack[stack.length - 1].element.append(tag); }
    const element = document.createElement(span.gap !== undefined ? "mark" : "span");
    if (span.cls) element.className = span.cls;
    if (span.gap !== undefined) { element.className = "evidence"; element.dataset.gap = span.gap; element.dataset.severity = span.severity; element.dataset.kind = span.kind; }
    if (piece.first) element.id = span.id;
    stack[stack.length - 1].element.append(element);
    stack.push({ element, end: piece.end });
  }
  while (stack.length) { emit(stack[stack.length - 1].end); stack.pop(); }
}

function applyFilter() {
  const shown = new Set([...$("filters").querySelectorAll("input:checked")].map((b) => b.value));
  $("gaps").querySelectorAll("li.gap").forEach((li) => { li.hidden = !shown.has(li.dataset.kind); });
  document.querySelectorAll("mark.evidence").forEach((mark) => {
    mark.classList.remove("gap-high", "gap-medium", "gap-low");
    if (shown.has(mark.dataset.kind)) mark.classList.add(`gap-${mark.dataset.severity}`);
  });
}

// A gap's evidence: every piece of it flashes (one, unless it crosses another gap's), the first brought into view.
function jumpToGap(index) {
  const pieces = [...document.querySelectorAll(`mark.evidence[data-gap="${index}"]`)];
  document.querySelectorAll("mark.evidence.flash").forEach((m) => m.classList.remove("flash"));
  pieces.slice(1).forEach((m) => m.classList.add("flash"));
  jump(`span-gap-${index}`);
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
  const unit = current.result.unit ? `-${current.result.unit}` : "";
  const extension = file.slice(file.indexOf("."));
  const name = file.startsWith("checklist") ? `核查清单${unit}${file.includes("gongwen") ? "-公文" : ""}${extension}` : `整改报告分析${unit}${extension}`;
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
      $("batch-status").textContent = batchStatus(job);
      if (job.status === "failed") { $("batch-status").textContent = "批量分析失败：" + (job.error || "原因不明"); break; }
      if (job.status === "done") { renderBatch(job.result); break; }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } catch (error) {
    $("batch-status").textContent = error.message;
  } finally {
    $("batch-submit").disabled = false;
    show("batch-bar", false);
    loadBatches().catch(() => { /* the list is a convenience; the result is shown above */ });
  }
}

// Progress counts what the batch analyses one by one: each unit's documents of each round (the same unit in two rounds
// is two), so it can exceed the number of units the summary names.
function batchStatus(job) {
  const progress = job.progress ? `：已分析 ${job.progress.done} / ${job.progress.total} 份（每轮每个单位一份）` : "";
  return `${STATUS[job.status] || job.status}${progress}`;
}

// The batches run before (all of them: batches are for analysts and admins), to reopen one.
async function loadBatches() {
  const jobs = await (await api("/api/batches?limit=20")).json();
  const body = $("recent-batches").querySelector("tbody");
  body.replaceChildren();
  for (const job of jobs) {
    const row = body.insertRow();
    row.dataset.id = job.id;
    row.insertCell().textContent = new Date(job.created).toLocaleString("zh-CN", { hour12: false });
    row.insertCell().textContent = job.name || "";
    row.insertCell().textContent = job.owner;
    row.insertCell().textContent = STATUS[job.status] || job.status;
    const button = document.createElement("button");
    button.type = "button"; button.textContent = "查看"; button.className = "open-batch";
    button.addEventListener("click", () => openBatch(job.id));
    row.insertCell().append(button);
  }
  show("batch-history", jobs.length > 0);
}

async function openBatch(id) {
  show("batch-result", false);
  try {
    const job = await (await api(`/api/batches/${id}`)).json();
    currentBatch = id;
    $("batch-status").textContent = job.status === "failed" ? "批量分析失败：" + (job.error || "原因不明") : batchStatus(job);
    if (job.status === "done") renderBatch(job.result);
  } catch (error) {
    $("batch-status").textContent = error.message;
  }
}

function renderBatch(summary) {
  const recurrences = summary.aggregates.recurrences.length;
  const names = summary.units.map((u) => (summary.unitNames && summary.unitNames[u]) || u);
  const shown = names.slice(0, 12).join("、") + (names.length > 12 ? ` 等 ${names.length} 个` : "");
  $("batch-summary").textContent = `${summary.rounds.length} 个轮次，${summary.units.length} 个单位，${summary.pairs.length} 份报告（各轮合计，同一单位每轮一份）；屡查屡犯 ${recurrences} 项；未能分析 ${summary.failures.length} 项。单位：${shown}。`;
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
