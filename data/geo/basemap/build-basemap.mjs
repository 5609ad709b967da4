// SPDX-License-Identifier: GPL-3.0-or-later
//
// Builds ../basemap.bin, Kartu's offline basemap, from Natural Earth as packaged
// by world-atlas. See README.md for the file format and how to rebuild.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OUTPUT = join(here, '..', 'basemap.bin');

const VERSION = 1;
const WORLD_BITS = 30;
const WORLD = 2 ** WORLD_BITS;
const MAX_LATITUDE = 85.0511287798066;

const KIND_LAND = 1;
const KIND_BORDERS = 2;

// Where 1:10m geometry replaces 1:50m: the programme regions and their
// neighbours, in degrees. No edge cuts a programme country; where one crosses
// a coast, the two scales' coastlines meet with a small jog (see README.md).
const DETAIL_BOXES = [
  { name: 'Baltics', west: 17.5, south: 53.0, east: 30.5, north: 60.7 },
  { name: 'Western Balkans', west: 18.0, south: 39.0, east: 24.0, north: 44.0 },
  { name: 'Bangladesh', west: 87.0, south: 20.0, east: 93.5, north: 27.5 },
];

// Geometry is cut into cells aligned with the tiles of these zoom levels so
// that a tile renderer can skip most of it by bounding box.
const WORLD_CELL_ZOOM = 5;
const DETAIL_CELL_ZOOM = 7;

function loadTopology (name) {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
}

// Longitudes are not wrapped here: see unwrap().
function project ([lon, lat]) {
  const clampedLat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const phi = clampedLat * Math.PI / 180;
  return [
    (lon + 180) / 360 * WORLD,
    (1 - Math.asinh(Math.tan(phi)) / Math.PI) / 2 * WORLD,
  ];
}

// TopoJSON is spherical: a ring may step from 179.9° to -180° and carry on. Make
// every step shorter than 180° instead, so the ring is continuous in the plane
// (it may then reach beyond ±180°; placeCopies() brings those parts back).
// A ring that goes once round the world encloses a pole (Antarctica): close it
// along that pole's edge of the map.
function unwrap (points, closed) {
  const out = [[points[0][0], points[0][1]]];
  let offset = 0;
  for (let i = 1; i < points.length; i++) {
    const step = points[i][0] - points[i - 1][0];
    if (step > 180)
      offset -= 360;
    else if (step < -180)
      offset += 360;
    out.push([points[i][0] + offset, points[i][1]]);
  }
  if (closed) {
    if (offset !== 0) {
      const meanLatitude = points.reduce((sum, p) => sum + p[1], 0) / points.length;
      const pole = meanLatitude < 0 ? -90 : 90;
      const last = out[out.length - 1];
      out.push([last[0], pole], [out[0][0], pole]);
    } else {
      // GeoJSON repeats the first point at the end; the format closes rings implicitly.
      out.pop();
    }
  }
  return out;
}

// The projected shape, and its copies one world to the left or right, as far
// as they overlap the map.
function placeCopies (points) {
  const copies = [];
  for (const shift of [-WORLD, 0, WORLD]) {
    const moved = points.map(([x, y]) => [x + shift, y]);
    const box = bbox(moved);
    if (box.x1 > 0 && box.x0 < WORLD)
      copies.push({ points: moved, box });
  }
  return copies;
}

function boxToRect (box) {
  const [x0, y1] = project([box.west, box.south]);
  const [x1, y0] = project([box.east, box.north]);
  return { x0, y0, x1, y1 };
}

function intersectRects (a, b) {
  const r = {
    x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0),
    x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1),
  };
  return r.x0 < r.x1 && r.y0 < r.y1 ? r : null;
}

// The parts of @r outside @hole, as at most four rectangles.
function subtractRect (r, hole) {
  const inner = intersectRects(r, hole);
  if (!inner)
    return [r];
  const parts = [
    { x0: r.x0, y0: r.y0, x1: inner.x0, y1: r.y1 },
    { x0: inner.x1, y0: r.y0, x1: r.x1, y1: r.y1 },
    { x0: inner.x0, y0: r.y0, x1: inner.x1, y1: inner.y0 },
    { x0: inner.x0, y0: inner.y1, x1: inner.x1, y1: r.y1 },
  ];
  return parts.filter(p => p.x0 < p.x1 && p.y0 < p.y1);
}

function cells (zoom, within) {
  const size = WORLD / 2 ** zoom;
  const result = [];
  const i0 = Math.floor(within.x0 / size), i1 = Math.ceil(within.x1 / size);
  const j0 = Math.floor(within.y0 / size), j1 = Math.ceil(within.y1 / size);
  for (let j = j0; j < j1; j++)
    for (let i = i0; i < i1; i++) {
      const cell = intersectRects({ x0: i * size, y0: j * size, x1: (i + 1) * size, y1: (j + 1) * size },
                                  within);
      if (cell)
        result.push(cell);
    }
  return result;
}

const detailRects = DETAIL_BOXES.map(boxToRect);

// 1:50m covers the world outside the boxes, 1:10m the inside, so the two never overlap.
function worldClipRects () {
  let rects = cells(WORLD_CELL_ZOOM, { x0: 0, y0: 0, x1: WORLD, y1: WORLD });
  for (const hole of detailRects)
    rects = rects.flatMap(r => subtractRect(r, hole));
  return rects;
}

function detailClipRects () {
  return detailRects.flatMap(box => cells(DETAIL_CELL_ZOOM, box));
}

function bbox (points) {
  const b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const [x, y] of points) {
    b.x0 = Math.min(b.x0, x); b.y0 = Math.min(b.y0, y);
    b.x1 = Math.max(b.x1, x); b.y1 = Math.max(b.y1, y);
  }
  return b;
}

function overlaps (a, b) {
  return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}

// Sutherland–Hodgman against one edge of an axis-aligned rectangle.
function clipRingEdge (ring, axis, limit, keepBelow) {
  const inside = p => keepBelow ? p[axis] <= limit : p[axis] >= limit;
  const cross = (a, b) => {
    const t = (limit - a[axis]) / (b[axis] - a[axis]);
    const other = 1 - axis;
    const p = [0, 0];
    p[axis] = limit;
    p[other] = a[other] + (b[other] - a[other]) * t;
    return p;
  };
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[(i + ring.length - 1) % ring.length];
    const b = ring[i];
    if (inside(b)) {
      if (!inside(a))
        out.push(cross(a, b));
      out.push(b);
    } else if (inside(a)) {
      out.push(cross(a, b));
    }
  }
  return out;
}

function clipRing (ring, rect) {
  let out = ring;
  out = clipRingEdge(out, 0, rect.x0, false);
  out = clipRingEdge(out, 0, rect.x1, true);
  out = clipRingEdge(out, 1, rect.y0, false);
  out = clipRingEdge(out, 1, rect.y1, true);
  return out;
}

// Liang–Barsky: the part of segment a→b inside @rect as [t0, t1], or null.
function clipSegment (a, b, rect) {
  let t0 = 0, t1 = 1;
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const tests = [
    [-dx, a[0] - rect.x0], [dx, rect.x1 - a[0]],
    [-dy, a[1] - rect.y0], [dy, rect.y1 - a[1]],
  ];
  for (const [p, q] of tests) {
    if (p === 0) {
      if (q < 0)
        return null;
    } else {
      const t = q / p;
      if (p < 0) {
        if (t > t1) return null;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return null;
        if (t < t1) t1 = t;
      }
    }
  }
  return [t0, t1];
}

function clipLine (line, rect) {
  const pieces = [];
  let current = null;
  const at = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1], b = line[i];
    const span = clipSegment(a, b, rect);
    if (!span) {
      current = null;
      continue;
    }
    const start = span[0] === 0 ? a : at(a, b, span[0]);
    const end = span[1] === 1 ? b : at(a, b, span[1]);
    if (!current || span[0] !== 0) {
      current = [start];
      pieces.push(current);
    }
    current.push(end);
    if (span[1] !== 1)
      current = null;
  }
  return pieces;
}

function quantize (points) {
  const out = [];
  for (const [x, y] of points) {
    const q = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1])
      out.push(q);
  }
  return out;
}

function ringArea (ring) {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i];
    const [bx, by] = ring[(i + 1) % ring.length];
    sum += ax * by - bx * ay;
  }
  return sum / 2;
}

function landRings (topology) {
  const land = topojson.feature(topology, topology.objects.land);
  const geometries = land.type === 'FeatureCollection' ? land.features.map(f => f.geometry) : [land.geometry];
  const rings = [];
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const polygon of polygons)
      for (const ring of polygon)
        rings.push(...placeCopies(unwrap(ring, true).map(project)));
  }
  return rings;
}

// Lines between two different countries: coastlines are not borders.
function borderLines (topology) {
  const mesh = topojson.mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return mesh.coordinates.flatMap(line => placeCopies(unwrap(line, false).map(project)));
}

function clipPolygons (rings, rects) {
  const out = [];
  for (const rect of rects)
    for (const ring of rings) {
      if (!overlaps(ring.box, rect))
        continue;
      const clipped = quantize(clipRing(ring.points, rect));
      if (clipped.length >= 3 && Math.abs(ringArea(clipped)) >= 1)
        out.push(clipped);
    }
  return out;
}

function clipLines (lines, rects) {
  const out = [];
  for (const rect of rects)
    for (const line of lines) {
      if (!overlaps(line.box, rect))
        continue;
      for (const piece of clipLine(line.points, rect)) {
        const q = quantize(piece);
        if (q.length >= 2)
          out.push(q);
      }
    }
  return out;
}

function encode (sections) {
  const HEADER = 24, SECTION = 24, RING = 24, POINT = 8;
  let size = HEADER + SECTION * sections.length;
  const layout = sections.map(s => {
    const nPoints = s.rings.reduce((n, r) => n + r.length, 0);
    const ringsOffset = size;
    size += RING * s.rings.length;
    const pointsOffset = size;
    size += POINT * nPoints;
    return { ringsOffset, pointsOffset, nPoints };
  });

  const buffer = Buffer.alloc(size);
  buffer.write('KBM1', 0, 'latin1');
  buffer.writeUInt32LE(VERSION, 4);
  buffer.writeUInt32LE(WORLD_BITS, 8);
  buffer.writeUInt32LE(sections.length, 12);
  buffer.writeUInt32LE(size, 16);
  buffer.writeUInt32LE(0, 20);

  sections.forEach((s, i) => {
    const { ringsOffset, pointsOffset, nPoints } = layout[i];
    let o = HEADER + SECTION * i;
    for (const v of [s.kind, s.scale, s.rings.length, ringsOffset, nPoints, pointsOffset]) {
      buffer.writeUInt32LE(v, o);
      o += 4;
    }
    let first = 0;
    let ro = ringsOffset, po = pointsOffset;
    for (const ring of s.rings) {
      const b = bbox(ring);
      buffer.writeInt32LE(b.x0, ro); buffer.writeInt32LE(b.y0, ro + 4);
      buffer.writeInt32LE(b.x1, ro + 8); buffer.writeInt32LE(b.y1, ro + 12);
      buffer.writeUInt32LE(first, ro + 16); buffer.writeUInt32LE(ring.length, ro + 20);
      ro += RING;
      for (const [x, y] of ring) {
        buffer.writeInt32LE(x, po); buffer.writeInt32LE(y, po + 4);
        po += POINT;
      }
      first += ring.length;
    }
  });
  return buffer;
}

const land50 = loadTopology('land-50m.json');
const land10 = loadTopology('land-10m.json');
const countries50 = loadTopology('countries-50m.json');
const countries10 = loadTopology('countries-10m.json');

const worldRects = worldClipRects();
const detail = detailClipRects();

const sections = [
  { kind: KIND_LAND, scale: 50, rings: clipPolygons(landRings(land50), worldRects) },
  { kind: KIND_LAND, scale: 10, rings: clipPolygons(landRings(land10), detail) },
  { kind: KIND_BORDERS, scale: 50, rings: clipLines(borderLines(countries50), worldRects) },
  { kind: KIND_BORDERS, scale: 10, rings: clipLines(borderLines(countries10), detail) },
];

const buffer = encode(sections);
writeFileSync(OUTPUT, buffer);

for (const s of sections) {
  const points = s.rings.reduce((n, r) => n + r.length, 0);
  console.log(`${s.kind === KIND_LAND ? 'land   ' : 'borders'} 1:${s.scale}m: ` +
              `${s.rings.length} rings, ${points} points`);
}
console.log(`wrote ${OUTPUT} (${buffer.length} bytes)`);
