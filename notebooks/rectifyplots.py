"""What the notebooks share: finding and running `rectify`, the CJK font, and the charts.

The notebooks work from what `rectify` writes (analyze --json, train --json, batch's summary.json, CSV files
and SQLite store), never from a build folder's assemblies, so an installed tool serves as well as a checkout.
"""

import json
import logging
import os
import shutil
import subprocess
from pathlib import Path

# On a machine's first import matplotlib builds its font cache and says so on stderr; that is no fault of the
# notebook, so it is held back. Later font warnings (a family not found) are shown as usual.
logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
import matplotlib  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib import font_manager  # noqa: E402

logging.getLogger("matplotlib.font_manager").setLevel(logging.NOTSET)

# The checkout this file sits in: the notebooks read its corpus/ and pass paths inside it to `rectify`.
REPO = Path(__file__).resolve().parent.parent

SEVERITY_NAMES = {"high": "高", "medium": "中", "low": "低"}
SEVERITY_COLOURS = {"高": "#c0392b", "中": "#e67e22", "低": "#f1c40f"}
BAR_COLOUR = "#c0392b"
# Colours for a measure's status by the Chinese name analyze --json gives it (statusName).
STATUS_COLOURS = {"已完成": "#1e8449", "推进中": "#2471a3", "计划": "#f1c40f", "未写明": "#95a5a6"}


# ---------------------------------------------------------------------------------------------------------
# Running rectify
# ---------------------------------------------------------------------------------------------------------

def rectify_command():
    """The command that runs `rectify`, as a list for subprocess, found in this order:

    1. the RECTIFY environment variable (a path to the program, or to rectify.dll, run with `dotnet`);
    2. `rectify` on PATH (the .NET tool, `~/.dotnet/tools`, or the self-contained single file);
    3. this checkout's build (src/RectifyNlp.Cli/bin/<Release or Debug>/net10.0/rectify.dll, the newer).
    """
    named = os.environ.get("RECTIFY")
    if named:
        # Relative to where the notebook runs (this folder), not to the checkout's root where rectify is started.
        path = Path(named).expanduser().resolve()
        if not path.exists():
            raise RuntimeError(f"RECTIFY 指向的程序不存在：{named}")
        return ["dotnet", str(path)] if path.suffix == ".dll" else [str(path)]
    installed = shutil.which("rectify")
    if installed:
        return [installed]
    builds = sorted(REPO.glob("src/RectifyNlp.Cli/bin/*/net10.0/rectify.dll"), key=lambda p: p.stat().st_mtime)
    if builds:
        return ["dotnet", str(builds[-1])]
    raise RuntimeError(
        "找不到 rectify：请设置环境变量 RECTIFY（程序或 rectify.dll 的路径），或把 rectify 装到 PATH 上"
        "（见仓库 README 的 dotnet tool install），或在仓库根目录运行 dotnet build src/RectifyNlp.Cli。"
    )


def run(*args):
    """Runs `rectify ARGS…` from the checkout's root (so corpus paths are relative to it); returns stdout.

    A failure raises with rectify's own one-line reason (stderr), not a Python traceback of our making.
    """
    command = rectify_command() + [str(a) for a in args]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, encoding="utf-8", check=False)
    if done.returncode != 0:
        raise RuntimeError(f"rectify {' '.join(str(a) for a in args)} 退出码 {done.returncode}：{done.stderr.strip()}")
    return done.stdout


def run_json(*args):
    """Runs `rectify ARGS… --json` and parses what it prints."""
    return json.loads(run(*args, "--json"))


# ---------------------------------------------------------------------------------------------------------
# Chinese labels
# ---------------------------------------------------------------------------------------------------------

def use_cjk_font():
    """Sets matplotlib to Noto Sans CJK, found by name among the fonts it knows, and pandas to align Chinese.

    Debian's fonts-noto-cjk ships one .ttc whose first face matplotlib lists as "Noto Sans CJK JP"; every
    face holds the same Chinese characters, so any Noto Sans CJK face labels Chinese (SC preferred when present).
    """
    names = {f.name for f in font_manager.fontManager.ttflist}
    if not any(n.startswith("Noto Sans CJK") for n in names):
        # A font installed after matplotlib built its cache is only seen once the cache is rebuilt.
        font_manager.fontManager = font_manager.FontManager()
        names = {f.name for f in font_manager.fontManager.ttflist}
    found = sorted(n for n in names if n.startswith("Noto Sans CJK"))
    if not found:
        raise RuntimeError(
            "找不到 Noto Sans CJK 字体，图中的中文无法显示。Debian/Ubuntu：sudo apt-get install fonts-noto-cjk；"
            "其他系统请安装 Noto Sans CJK SC，然后重启内核。"
        )
    preferred = [n for n in found if n.endswith(" SC")] or found
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [preferred[0], "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["figure.dpi"] = 100
    pd.set_option("display.unicode.east_asian_width", True)
    pd.set_option("display.width", 160)
    pd.set_option("display.max_colwidth", 100)
    pd.set_option("display.precision", 3)
    return preferred[0]


def short(name, limit=14):
    """A label short enough for an axis: the name before its （…） note, cut at `limit` characters."""
    head = name.split("（")[0]
    return head if len(head) <= limit else head[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------------------
# Charts (each draws one figure and shows it; nothing is returned, so no object repr lands in the outputs)
# ---------------------------------------------------------------------------------------------------------

def bars(series, title, xlabel="", fmt="{:g}", colours=None, ax=None):
    """Horizontal bars, largest at the top, each with its value written at its end."""
    series = series.sort_values()
    own = ax is None
    if own:
        _, ax = plt.subplots(figsize=(8, 0.38 * len(series) + 1.2))
    colour = [colours.get(k, BAR_COLOUR) for k in series.index] if colours else BAR_COLOUR
    ax.barh([short(str(i), 20) for i in series.index], series.values, color=colour)
    for y, v in enumerate(series.values):
        ax.text(v, y, " " + fmt.format(v), va="center", fontsize=9)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_xlim(0, max(series.max() * 1.18, 1e-9))
    ax.spines[["top", "right"]].set_visible(False)
    if own:
        plt.tight_layout()
        plt.show()


def small_multiples(frame, title, xlabel=""):
    """One bar panel per column of `frame` (rows share the axis): each round's categories, side by side."""
    columns = list(frame.columns)
    fig, axes = plt.subplots(1, len(columns), figsize=(4.2 * len(columns) + 2, 0.4 * len(frame) + 1.6), sharey=True)
    axes = np.atleast_1d(axes)
    labels = [short(str(i), 16) for i in frame.index]
    for ax, column in zip(axes, columns):
        values = frame[column].values
        ax.barh(labels, values, color=BAR_COLOUR)
        for y, v in enumerate(values):
            if v:
                ax.text(v, y, f" {v:g}", va="center", fontsize=9)
        ax.set_title(str(column))
        ax.set_xlabel(xlabel)
        ax.set_xlim(0, max(frame.values.max() * 1.2, 1))
        ax.spines[["top", "right"]].set_visible(False)
    axes[0].invert_yaxis()
    fig.suptitle(title)
    plt.tight_layout()
    plt.show()


def heatmap(matrix, rows, columns, title, xlabel="", ylabel="", fmt="{:g}", cmap="Reds", figsize=None):
    """A matrix as a heat map with each cell's value written in it (blank where it is zero)."""
    matrix = np.asarray(matrix, dtype=float)
    fig, ax = plt.subplots(figsize=figsize or (0.62 * len(columns) + 3.2, 0.45 * len(rows) + 1.8))
    image = ax.imshow(matrix, cmap=cmap, aspect="auto", vmin=0)
    ax.set_xticks(range(len(columns)), [short(str(c), 10) for c in columns], rotation=45, ha="right")
    ax.set_yticks(range(len(rows)), [short(str(r), 18) for r in rows])
    top = matrix.max() if matrix.size else 0
    for (r, c), v in np.ndenumerate(matrix):
        if v:
            ax.text(c, r, fmt.format(v), ha="center", va="center", fontsize=8,
                    color="white" if v > top * 0.6 else "black")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig.colorbar(image, ax=ax, shrink=0.8)
    plt.tight_layout()
    plt.show()


def calibration_table(confidence, correct, edges=(0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)):
    """Predictions grouped by confidence band: how many, mean confidence, and how many were right."""
    frame = pd.DataFrame({"confidence": confidence, "correct": correct})
    labels = [f"{a:.2f}–{min(b, 1):.2f}" for a, b in zip(edges, edges[1:])]
    frame["置信度区间"] = pd.cut(frame["confidence"], bins=list(edges), labels=labels, right=False)
    table = frame.groupby("置信度区间", observed=False).agg(预测数=("correct", "size"), 平均置信度=("confidence", "mean"), 正确率=("correct", "mean"))
    return table


def calibration(tables, title):
    """Reliability diagram: each band's accuracy against its mean confidence, one line per model; the diagonal is
    a perfectly calibrated model. Marker size follows the number of predictions in the band."""
    fig, ax = plt.subplots(figsize=(5.6, 5))
    ax.plot([0, 1], [0, 1], color="grey", linestyle="--", linewidth=1, label="完全校准")
    for (name, table), colour in zip(tables.items(), ["#c0392b", "#2471a3", "#1e8449"]):
        shown = table[table["预测数"] > 0]
        ax.plot(shown["平均置信度"], shown["正确率"], marker="o", color=colour, label=name)
        ax.scatter(shown["平均置信度"], shown["正确率"], s=shown["预测数"] * 1.5, color=colour, alpha=0.3)
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("置信度（区间平均）")
    ax.set_ylabel("实际正确率")
    ax.set_title(title)
    ax.legend(loc="lower right")
    plt.tight_layout()
    plt.show()


def lines(frame, title, ylabel="", fmt="{:.2f}"):
    """One line per column over the index (rounds in time order), each point labelled with its value."""
    fig, ax = plt.subplots(figsize=(7.5, 4.2))
    for column in frame.columns:
        ax.plot([str(i) for i in frame.index], frame[column].values, marker="o", label=short(str(column), 16))
        for x, v in enumerate(frame[column].values):
            ax.annotate(fmt.format(v), (x, v), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=8)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="best", fontsize=8)
    plt.tight_layout()
    plt.show()


def stacked(frame, title, xlabel="", colours=None):
    """Horizontal stacked bars: one bar per row, one segment per column (e.g. units by gaps of each severity)."""
    fig, ax = plt.subplots(figsize=(8, 0.38 * len(frame) + 1.4))
    left = np.zeros(len(frame))
    labels = [short(str(i), 20) for i in frame.index]
    for column in frame.columns:
        values = frame[column].values.astype(float)
        ax.barh(labels, values, left=left, label=str(column), color=(colours or {}).get(column))
        left += values
    ax.invert_yaxis()
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.legend(loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    plt.tight_layout()
    plt.show()


def grouped_bars(frame, title, ylabel="", limit=None):
    """Vertical bars grouped by row, one bar per column (e.g. each class's precision, recall and F1)."""
    fig, ax = plt.subplots(figsize=(max(7, 0.8 * len(frame) + 2), 4.2))
    width = 0.8 / len(frame.columns)
    positions = np.arange(len(frame))
    for k, column in enumerate(frame.columns):
        ax.bar(positions + (k - (len(frame.columns) - 1) / 2) * width, frame[column].values, width, label=str(column))
    ax.set_xticks(positions, [short(str(i), 10) for i in frame.index], rotation=35, ha="right")
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    if limit is not None:
        ax.set_ylim(*limit)
    ax.legend(loc="upper left", bbox_to_anchor=(1, 1), fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    plt.tight_layout()
    plt.show()


def boxes(groups, title, xlabel=""):
    """Box plots of a number per group (e.g. passage length per role), groups from the largest median down."""
    ordered = sorted(groups.items(), key=lambda kv: -np.median(kv[1]))
    fig, ax = plt.subplots(figsize=(8, 0.42 * len(ordered) + 1.4))
    ax.boxplot([v for _, v in ordered][::-1], vert=False, labels=[short(str(k), 20) for k, _ in ordered][::-1],
               flierprops={"markersize": 3})
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    plt.tight_layout()
    plt.show()


# ---------------------------------------------------------------------------------------------------------
# One analysis (analyze --json)
# ---------------------------------------------------------------------------------------------------------

def link_matrix(result):
    """Problems × the measures that answer problems (document-level ones left out): each cell the link's score."""
    issues = [i["id"] for i in result["issues"]]
    measures = [m for m in result["measures"] if not m["documentLevel"]]
    matrix = pd.DataFrame(0.0, index=issues, columns=[m["id"] for m in measures])
    for m in measures:
        for link in m["matches"]:
            matrix.loc[link["issueId"], m["id"]] = link["score"]
    matrix.index = [f"{i['id']} {short(i['text'], 12)}" for i in result["issues"]]
    return matrix


def gaps_by_kind(result, title):
    """The gaps of one analysis counted by kind (Chinese name) and severity, as stacked bars; the table returned."""
    gaps = pd.DataFrame(result["gaps"], columns=["kind", "kindName", "issueId", "measureId", "severity", "message", "evidence"])
    gaps["程度"] = gaps["severity"].map(SEVERITY_NAMES)
    counts = pd.crosstab(gaps["kindName"], gaps["程度"]).reindex(columns=list(SEVERITY_COLOURS), fill_value=0)
    if counts.empty:
        print("没有需关注项")
    else:
        stacked(counts.loc[counts.sum(axis=1).sort_values(ascending=False).index], title, "项数", colours=SEVERITY_COLOURS)
    return gaps[["程度", "kindName", "issueId", "measureId", "message"]].rename(
        columns={"kindName": "类型", "issueId": "问题", "measureId": "措施", "message": "说明"})
