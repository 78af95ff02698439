#!/usr/bin/env python3
"""RSS and open descriptors of the server over a soak run, as a PNG.

Usage: soak_plot.py samples.csv out.png MINUTES   (matplotlib, from Debian)
"""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main():
    samples, out, minutes = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(samples) as f:
        rows = list(csv.DictReader(f))
    t = [float(r["seconds"]) / 60 for r in rows]
    rss = [int(r["rss_kb"]) / 1024 for r in rows]
    fds = [int(r["fds"]) for r in rows]
    fig, ax = plt.subplots(figsize=(8, 3.6), dpi=100)
    ax.plot(t, rss, color="tab:blue", label="RSS (MB)")
    ax.set_xlabel("minutes")
    ax.set_ylabel("RSS (MB)", color="tab:blue")
    ax.set_ylim(0, max(rss) * 1.3)
    window = t[-1] - 20 if t[-1] >= 50 else t[-1] / 2
    ax.axvspan(window, t[-1], color="0.92",
               label=f"last {t[-1] - window:.0f} min (bound: < 10% growth)")
    ax2 = ax.twinx()
    ax2.plot(t, fds, color="tab:orange", linewidth=0.8, label="open descriptors")
    ax2.set_ylabel("open descriptors", color="tab:orange")
    ax2.set_ylim(0, max(fds) * 1.5)
    ax.set_title(f"tanya serve under the soak load, {minutes} min")
    lines = ax.get_legend_handles_labels()
    lines2 = ax2.get_legend_handles_labels()
    ax.legend(lines[0] + lines2[0], lines[1] + lines2[1], loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(out)


if __name__ == "__main__":
    main()
